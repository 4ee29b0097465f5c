/** `text` with CRLF and lone CR line ends as LF, as marked reads them. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Length in `source` of its first `normalizedLength` characters after CRLF/CR → LF. */
export function sourceLength(source: string, normalizedLength: number): number {
  let index = 0;
  for (let n = 0; n < normalizedLength; n++) index += source[index] === '\r' && source[index + 1] === '\n' ? 2 : 1;
  return index;
}
