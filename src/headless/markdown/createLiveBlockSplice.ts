import type { Token, Tokens } from 'marked';
import { isClosedFence } from './scanFences';

/**
 * Keeps the finished lines of a growing table or fenced code block out of each lex, so that a token
 * appended to a 50 KB table costs what it costs on a short one.
 *
 * Sound because of how GFM reads these two blocks line by line: a table row is one line, read
 * against the header alone, and no later line can change it (a line that is not a row ends the
 * table instead); a line inside an open fence is code whatever follows. So the block's head (the
 * header and delimiter lines, or the opening fence line) followed by only the lines not yet seen
 * lexes to the same block minus the rows or code lines cut out, which are put back afterwards.
 */
export interface LiveBlockSplice {
  /** `source` (the live part of a message) with the block's known lines cut out; `source` itself when none are known or it no longer starts with them. */
  cut(source: string): string;
  /**
   * The tokens lexed from the last `cut(source)` (or a prefix of it) with the cut lines put back into
   * the first; `null` when they do not fit (then lex `source` whole).
   */
  restore(tokens: Token[], source: string): Token[] | null;
  /**
   * Learns the finished lines of the block that starts `source`, from `first`, its token as lexed
   * from `cut(source)` (before `restore`).
   */
  learn(first: Token | undefined, source: string): void;
  reset(): void;
}

interface Known {
  kind: 'table' | 'code';
  head: string;
  /** The cut lines, each ending with a newline. */
  body: string;
  /** `head + body`, kept so the check of each update compares one string. */
  whole: string;
  /** The table rows of `body`, one per line. */
  rows: Tokens.TableCell[][];
}

const lineEnds = (text: string, count: number): number => {
  let end = 0;
  for (let n = 0; n < count && end !== -1; n++) end = text.indexOf('\n', end) + 1 || -1;
  return end;
};

/** Creates the splice of one block cache. */
export function createLiveBlockSplice(): LiveBlockSplice {
  let known: Known | null = null;
  // What the last `cut` cut with and returned: restoring and learning read tokens of that input, even
  // after a `learn` has moved `known` on.
  let cutWith: Known | null = null;
  let input = '';

  // Both learners read `first` as lexed from the cut input (small, whatever the block's size) and take
  // the strings they keep as slices of `source`, so that learning copies nothing long.
  function learnTable(first: Tokens.Table, source: string, prior: Known | null): void {
    const headEnd = prior?.head.length ?? lineEnds(first.raw, 2);
    if (headEnd === -1) return;
    const added = first.raw.slice(headEnd, first.raw.lastIndexOf('\n') + 1);
    let lines = 0;
    for (let at = 0; (at = added.indexOf('\n', at) + 1) !== 0; ) lines++;
    if (first.rows.length < lines) return;
    const rows = lines === 0 ? (prior?.rows ?? []) : (prior?.rows ?? []).concat(first.rows.slice(0, lines));
    const bodyEnd = (prior?.whole.length ?? headEnd) + added.length;
    if (rows.length === 0) return;
    known = { kind: 'table', head: source.slice(0, headEnd), body: source.slice(headEnd, bodyEnd), whole: source.slice(0, bodyEnd), rows };
  }

  function learnCode(first: Tokens.Code, source: string, prior: Known | null): void {
    // Only an unindented fence: its code is its lines verbatim (an indented one has its indentation
    // stripped line by line), so cut lines go back into `text` as they are.
    if (!/^(?:`{3,}|~{3,})/.test(first.raw) || isClosedFence(first.raw)) return;
    const headEnd = first.raw.indexOf('\n') + 1;
    if (headEnd === 0) return;
    // The last complete line stays in the lex, so the code lexed after the cut is never empty and
    // the newline before a closing fence or the end is stripped where marked strips it.
    const lastLine = first.raw.lastIndexOf('\n', first.raw.lastIndexOf('\n') - 1) + 1;
    const bodyEnd = (prior?.whole.length ?? headEnd) + Math.max(0, lastLine - headEnd);
    if (bodyEnd <= headEnd) return;
    known = { kind: 'code', head: source.slice(0, headEnd), body: source.slice(headEnd, bodyEnd), whole: source.slice(0, bodyEnd), rows: [] };
  }

  return {
    cut(source) {
      const fits = known !== null && source.length >= known.whole.length && source.slice(0, known.whole.length) === known.whole;
      cutWith = fits ? known : null;
      known = cutWith;
      input = cutWith === null ? source : cutWith.head + source.slice(cutWith.whole.length);
      return input;
    },
    restore(tokens, source) {
      const [first, ...others] = tokens;
      const used = cutWith;
      if (used === null || first === undefined) return tokens;
      if (!first.raw.startsWith(used.head)) return null;
      // Slices of `source` where it holds these very characters (always, but for the display fixes of
      // remendMarkdown at the end) rather than concatenations: a string built by `+` is copied whole
      // the first time anything reads into it, which would be once per token.
      const verbatim = input.slice(0, first.raw.length) === first.raw;
      const raw = verbatim ? source.slice(0, used.body.length + first.raw.length) : used.whole + first.raw.slice(used.head.length);
      if (used.kind === 'table' && first.type === 'table') {
        const table = first as Tokens.Table;
        return [{ ...table, raw, rows: used.rows.concat(table.rows) } as Tokens.Table, ...others];
      }
      if (used.kind === 'code' && first.type === 'code') {
        const code = (first as Tokens.Code).text;
        const text = verbatim ? source.slice(used.head.length, used.whole.length + code.length) : used.body + code;
        return [{ ...first, raw, text }, ...others];
      }
      return null;
    },
    learn(first, source) {
      const prior = cutWith;
      known = null;
      if (first?.type === 'table' && prior?.kind !== 'code') learnTable(first as Tokens.Table, source, prior);
      else if (first?.type === 'code' && prior?.kind !== 'table' && (first as Tokens.Code).codeBlockStyle !== 'indented') {
        learnCode(first as Tokens.Code, source, prior);
      }
    },
    reset() {
      known = null;
      cutWith = null;
    },
  };
}
