import type { Token } from 'marked';
import { isClosedFence } from './scanFences';

// A line that starts with a letter is paragraph text (or continues the block above) however it
// goes on, so it may take part in deciding block boundaries before its newline arrives.
const SETTLED_LINE_START = /^\p{L}/u;

// Blocks that nothing can extend once a blank line follows them. Lists and indented code are
// missing on purpose: an indented line after a blank one continues them.
const ENDED_BY_BLANK_LINE: ReadonlySet<string> = new Set(['paragraph', 'table', 'blockquote', 'def']);

const TRAILING_BLANK_LINE = /\n[ \t]*\n\s*$/;

/**
 * The part of `source` whose block structure is settled: every complete line, plus the last line
 * if it starts with a letter. Any other half-typed line can still change what the lines above it are
 * (`---` is a rule, `---x` continues a paragraph; marked even re-splits earlier lines around a lone
 * `-`), so it only ever belongs to the live block.
 */
export function settledSource(source: string): string {
  const lastLineStart = source.lastIndexOf('\n') + 1;
  return SETTLED_LINE_START.test(source.slice(lastLineStart)) ? source : source.slice(0, lastLineStart);
}

/**
 * How many of the leading `tokens` (lexed from `settled`, see {@link settledSource}) are finished
 * blocks. Every block before the last non-blank one is: a later block has started on a settled
 * line. The last one is finished too when it cannot grow: a closed fence, a heading or rule whose
 * line is complete, or a paragraph, table, quote or definition followed by a blank line.
 */
export function countFinishedTokens(tokens: readonly Token[], settled: string): number {
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]?.type === 'space') last--;
  const token = tokens[last];
  if (token === undefined) return 0;
  let offset = 0;
  for (let index = 0; index < last; index++) offset += tokens[index]?.raw.length ?? 0;
  const from = settled.slice(offset);
  const lineComplete = from.includes('\n');
  const finished =
    (lineComplete && (token.type === 'heading' || token.type === 'hr')) ||
    (token.type === 'code' && token.codeBlockStyle !== 'indented' && isClosedFence(token.raw)) ||
    (ENDED_BY_BLANK_LINE.has(token.type) && TRAILING_BLANK_LINE.test(from));
  return finished ? tokens.length : last;
}
