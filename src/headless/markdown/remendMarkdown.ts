import { scanFences } from './scanFences';

interface InlineScan {
  /** An inline code span whose closing backticks have not arrived yet. */
  readonly openCode: { readonly index: number; readonly run: string } | null;
  /** Emphasis delimiters opened and not yet closed, innermost last. */
  readonly stack: readonly string[];
  /** Start of a delimiter run at the very end that neither opens nor closes anything yet. */
  readonly dangling: number | null;
}

const WHITESPACE = /\s/;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;
// Underscores and stars inside URLs are not emphasis; skipping bare URLs avoids "closing" them.
const BARE_URL = /https?:\/\/[^\s<>]*/y;
// A link or image whose destination, closing bracket or whole text is still streaming in, matched
// from the last `[` only so that text full of brackets costs one pass, not one per bracket.
const TRAILING_LINK = /^\[([^\]]*)\](?:\([^)]*)?$|^\[([^\]]*)$/;
const TASK_BOX = /^[ xX]$/;
// Prose nests emphasis two or three deep. Far more open delimiters means text that is not
// emphasis at all (or is hostile: marked recurses once per nested level), so nothing is closed.
const MAX_CLOSED = 6;

function runAt(text: string, index: number): string {
  let end = index;
  while (text[end] === text[index]) end++;
  return text.slice(index, end);
}

function scanInline(text: string): InlineScan {
  const stack: string[] = [];
  let dangling: number | null = null;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    BARE_URL.lastIndex = i;
    if (char === '\\') i += 2;
    else if (char === 'h' && BARE_URL.test(text)) i = BARE_URL.lastIndex;
    else if (char === '`') {
      const run = runAt(text, i);
      let close = text.indexOf(run, i + run.length);
      // A closer is a run of exactly the opener's length, not part of a longer run.
      while (close !== -1 && (text[close + run.length] === '`' || text[close - 1] === '`')) {
        close = text.indexOf(run, runAt(text, close).length + close);
      }
      if (close === -1) return { openCode: { index: i, run }, stack, dangling: null };
      i = close + run.length;
    } else if (char === '*' || char === '_' || char === '~') {
      const run = runAt(text, i);
      const before = text[i - 1];
      const after = text[i + run.length];
      // A single `~` is mostly "approximately" in prose, so only `~~` counts as strikethrough.
      if (char !== '~' || run.length === 2) {
        const canOpen =
          after !== undefined && !WHITESPACE.test(after) && (before === undefined || !ALPHANUMERIC.test(before));
        const canClose =
          before !== undefined && !WHITESPACE.test(before) && (char !== '_' || after === undefined || !ALPHANUMERIC.test(after));
        if (canClose && stack.at(-1) === run) stack.pop();
        else if (canOpen) stack.push(run);
        else if (after === undefined) dangling = i;
      }
      i += run.length;
    } else i++;
  }
  return { openCode: null, stack, dangling };
}

function dropTrailingLink(text: string): string {
  const open = text.lastIndexOf('[');
  const match = open === -1 ? null : TRAILING_LINK.exec(text.slice(open));
  if (match === null) return text;
  const label = match[1] ?? match[2] ?? '';
  // `- [ ]` and `- [x]` are task-list boxes, not links being typed.
  if (match[1] !== undefined && TASK_BOX.test(label) && match[0].endsWith(']')) return text;
  return text.slice(0, text[open - 1] === '!' ? open - 1 : open) + label;
}

function closeInline(segment: string): string {
  let text = segment;
  let scan = scanInline(text);
  if (scan.openCode === null) {
    const withoutLink = dropTrailingLink(text);
    if (withoutLink !== text) scan = scanInline((text = withoutLink));
  }
  const { openCode, stack, dangling } = scan;
  if (openCode !== null) {
    const hasCode = text.slice(openCode.index + openCode.run.length).trim() !== '';
    text = hasCode ? text + openCode.run : text.slice(0, openCode.index);
  } else if (dangling !== null) text = text.slice(0, dangling);
  if (stack.length === 0 || stack.length > MAX_CLOSED) return text;
  // A closing delimiter must touch the text it closes, so trailing whitespace goes first.
  return text.trimEnd() + [...stack].reverse().join('');
}

/**
 * Makes the still-streaming end of a markdown message render as its author intends instead of
 * flashing raw syntax: closes an unterminated `**`, `*`, `_`, `~~` or inline code span, drops a
 * dangling delimiter nothing follows yet, shows a link or image whose destination is still arriving
 * (`[text](http://exa`) as its text, and strips a half-typed closing fence inside an open code block.
 *
 * Only the last paragraph (after the last blank line and after the last closed code fence) is
 * touched, because emphasis and code spans cannot cross those boundaries. Apply it to the LAST
 * block of a message that is still streaming, never to finished text: there an unclosed `**` is
 * what the author wrote and must stay visible.
 */
export function remendMarkdown(source: string): string {
  const fences = scanFences(source);
  const { open } = fences;
  if (open !== null) {
    const lastLineStart = source.lastIndexOf('\n') + 1;
    const lastLine = source.slice(lastLineStart).trim();
    const partialCloser = lastLine !== '' && [...lastLine].every((char) => char === open.marker);
    return partialCloser && lastLineStart > open.lineStart ? source.slice(0, lastLineStart) : source;
  }
  let paragraphStart = fences.afterLastClose;
  for (const blank of source.matchAll(/\n[ \t]*\n/g)) {
    paragraphStart = Math.max(paragraphStart, blank.index + blank[0].length);
  }
  return source.slice(0, paragraphStart) + closeInline(source.slice(paragraphStart));
}
