/** What {@link scanFences} learned about the code fences of a piece of markdown. */
export interface FenceScan {
  /** The fence still open at the end of the text, or `null` when every fence is closed. */
  readonly open: { readonly marker: '`' | '~'; readonly length: number; readonly lineStart: number } | null;
  /** Offset just past the closing line of the last closed fence; 0 when no fence closed. */
  readonly afterLastClose: number;
}

// A fence may sit inside list items and block quotes, so container markers are skipped; this is
// deliberately looser than CommonMark's indentation rules because it only steers the streaming
// fix-ups, never the final rendering, which is marked's.
const FENCE_LINE = /^[ \t]*(?:(?:>[ \t]?)|(?:[-*+]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})(.*)$/;

/**
 * Walks the lines of `source` pairing opening and closing code fences (``` and ~~~), the way
 * CommonMark does: a closer uses the opener's character, is at least as long and has no info string.
 */
export function scanFences(source: string): FenceScan {
  let open: FenceScan['open'] = null;
  let afterLastClose = 0;
  let lineStart = 0;
  for (;;) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const match = FENCE_LINE.exec(source.slice(lineStart, lineEnd));
    const run = match?.[1];
    const rest = match?.[2] ?? '';
    if (run !== undefined) {
      const marker = run[0] === '~' ? '~' : '`';
      if (open === null) {
        // A backtick in a backtick fence's info string makes the line inline code, not a fence.
        if (!(marker === '`' && rest.includes('`'))) open = { marker, length: run.length, lineStart };
      } else if (marker === open.marker && run.length >= open.length && rest.trim() === '') {
        open = null;
        afterLastClose = newline === -1 ? source.length : newline + 1;
      }
    }
    if (newline === -1) return { open, afterLastClose };
    lineStart = newline + 1;
  }
}

/**
 * True when a fenced code token's source ends with its closing fence, by CommonMark's rule: at
 * most three spaces of indentation, the opener's character, at least as many of them, nothing after.
 */
export function isClosedFence(raw: string): boolean {
  const opener = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
  if (opener === undefined) return false;
  // From the end, not with a regular expression over the whole raw: a code block that is still
  // streaming asks this on every token, and its raw can be the size of the message.
  let end = raw.length;
  while (end > 0 && raw[end - 1] === '\n') end--;
  const lastLineStart = raw.lastIndexOf('\n', end - 1) + 1;
  if (lastLineStart === 0) return false;
  const closer = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(raw.slice(lastLineStart, end))?.[1];
  return closer !== undefined && closer[0] === opener[0] && closer.length >= opener.length;
}
