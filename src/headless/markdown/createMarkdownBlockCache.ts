import type { Links, Token } from 'marked';
import { countFinishedTokens, settledSource } from './findFinishedBlocks';
import { flattenDeepNesting } from './flattenDeepNesting';
import { collectDefinitions, lexMarkdown } from './lexMarkdown';
import { remendMarkdown } from './remendMarkdown';

/** One top-level block of a message: its markdown source and marked's tokens for it. */
export interface LexedBlock {
  readonly raw: string;
  readonly tokens: readonly Token[];
}

/** A message split into blocks that can no longer change and the block still being written. */
export interface MarkdownBlocks {
  /** Finished blocks; each keeps its object identity for as long as its source and links hold. */
  readonly completed: readonly LexedBlock[];
  /** The last block (possibly several tokens), or `null` when nothing follows the finished ones. */
  readonly live: LexedBlock | null;
}

/** Splits a growing markdown text into blocks, lexing only what changed. */
export interface MarkdownBlockCache {
  update(text: string, streaming: boolean): MarkdownBlocks;
}

function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Length in `source` of its first `normalizedLength` characters after CRLF/CR → LF. */
function sourceLength(source: string, normalizedLength: number): number {
  let index = 0;
  for (let n = 0; n < normalizedLength; n++) index += source[index] === '\r' && source[index + 1] === '\n' ? 2 : 1;
  return index;
}

function relink(blocks: readonly LexedBlock[], links: Links): LexedBlock[] {
  // Only a block with a bracket can hold a reference link; the rest keep their identity.
  return blocks.map((block) => (block.raw.includes('[') ? { raw: block.raw, tokens: lexMarkdown(block.raw, links) } : block));
}

const isVerbatim = (token: Token | undefined): boolean =>
  token?.type === 'html' || (token?.type === 'code' && token.codeBlockStyle === 'indented');

const linksKey = (links: Links): string => JSON.stringify(Object.entries(links));

/**
 * Creates the block splitter behind `StreamingMarkdown`.
 *
 * While streaming, the invariant is: `prefix` is a prefix of the text, made exactly of the sources
 * of `completed` (plus blank lines between them), and nothing appended can change those blocks. So
 * an update whose text still starts with `prefix` lexes only the rest — the live block plus what was
 * appended — and a token costs time proportional to the last block, not to the message. Any other
 * text (an edit, a regenerated answer) starts over. Reference definitions from finished blocks are
 * kept in `links`; when one arrives, finished blocks containing `[` are lexed again against it.
 *
 * A finished text (`streaming` false) is lexed whole, once per distinct text, so it renders exactly
 * as marked reads the complete document even where marked's reading of a line depends on lines far
 * below it; blocks whose source and references are unchanged keep their identity, so the end of a
 * stream re-renders only what actually differs.
 */
export function createMarkdownBlockCache(): MarkdownBlockCache {
  let prefix = '';
  let completed: LexedBlock[] = [];
  let links: Links = Object.create(null) as Links;
  // The settled text after `prefix` at the last update: while it is unchanged (a token that does not
  // end a line) no block can have finished, and the boundary lex is skipped.
  let lastSettled = '';
  let last: { text: string; streaming: boolean; blocks: MarkdownBlocks; linksKey: string } | undefined;

  function streamingBlocks(text: string): MarkdownBlocks {
    // Slice-and-compare rather than `startsWith`: V8 runs the former as a memory comparison and the
    // latter char by char, which on a long message costs more than lexing the last block.
    if (text.slice(0, prefix.length) !== prefix) {
      prefix = '';
      lastSettled = '';
      completed = [];
      links = Object.create(null) as Links;
    }
    const rest = text.slice(prefix.length);
    const source = normalizeNewlines(rest);
    const settled = settledSource(source);
    const settledTokens = settled === lastSettled ? [] : lexMarkdown(settled, links);
    lastSettled = settled;
    let consumed = 0;
    let linksChanged = false;
    const finishedNow: LexedBlock[] = [];
    const finishedCount = countFinishedTokens(settledTokens, settled);
    for (const token of settledTokens.slice(0, finishedCount)) {
      consumed += token.raw.length;
      if (token.type === 'space') continue;
      finishedNow.push({ raw: token.raw, tokens: [token] });
      linksChanged = collectDefinitions(token, links) || linksChanged;
    }
    prefix = text.slice(0, prefix.length + (source === rest ? consumed : sourceLength(rest, consumed)));
    if (consumed > 0) lastSettled = settled.slice(consumed);
    // Never mutated in place: a render React has not committed yet may still hold the old array.
    if (finishedNow.length > 0) completed = completed.concat(finishedNow);
    if (linksChanged) completed = relink(completed, links);

    const liveSource = source.slice(consumed);
    if (liveSource === '') return { completed, live: null };
    const mended = remendMarkdown(liveSource);
    // Most tokens extend a line of prose, so the settled lex already covered the whole live block.
    if (mended === liveSource && settled.length === source.length && settledTokens.length > 0 && !linksChanged) {
      return { completed, live: { raw: liveSource, tokens: settledTokens.slice(finishedCount) } };
    }
    let tokens = lexMarkdown(mended, links);
    // Raw HTML and indented code show their source verbatim, so "closing" markers there would add
    // text the model never wrote.
    if (mended !== liveSource && isVerbatim(tokens.findLast((token) => token.type !== 'space'))) {
      tokens = lexMarkdown(liveSource, links);
    }
    return { completed, live: { raw: liveSource, tokens } };
  }

  function finalBlocks(text: string, previous: readonly LexedBlock[], previousLinks: string): [MarkdownBlocks, string] {
    const tokens = lexMarkdown(normalizeNewlines(text));
    const key = linksKey(tokens.links);
    const blocks: LexedBlock[] = [];
    for (const token of tokens) {
      if (token.type === 'space') continue;
      const before = previous[blocks.length];
      const reusable = before?.raw === token.raw && (key === previousLinks || !token.raw.includes('['));
      blocks.push(reusable && before !== undefined ? before : { raw: token.raw, tokens: [token] });
    }
    return [{ completed: blocks, live: null }, key];
  }

  function update(text: string, streaming: boolean): MarkdownBlocks {
    if (last !== undefined && last.text === text && last.streaming === streaming) return last.blocks;
    // Lexing cost grows with nesting depth, so hostile nesting is flattened before anything is lexed.
    const source = flattenDeepNesting(text);
    if (streaming) {
      const blocks = streamingBlocks(source);
      last = { text, streaming, blocks, linksKey: linksKey(links) };
    } else {
      const [blocks, key] = finalBlocks(source, last?.blocks.completed ?? [], last?.linksKey ?? '');
      last = { text, streaming, blocks, linksKey: key };
    }
    return last.blocks;
  }

  return { update };
}
