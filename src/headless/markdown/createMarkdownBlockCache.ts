import type { Links, Token } from 'marked';
import { countFinishedTokens, settledSource } from './findFinishedBlocks';
import { createNestingFlattener } from './flattenDeepNesting';
import { collectDefinitions, lexMarkdown } from './lexMarkdown';
import { remendMarkdown } from './remendMarkdown';
import { createLiveBlockSplice } from './createLiveBlockSplice';
import { lexLive } from './lexLive';
import { normalizeNewlines, sourceLength } from './normalizeNewlines';
import { finalBlocks, linksKey } from './finalBlocks';

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

function relink(blocks: readonly LexedBlock[], links: Links): LexedBlock[] {
  // Only a block with a bracket can hold a reference link; the rest keep their identity.
  return blocks.map((block) => (block.raw.includes('[') ? { raw: block.raw, tokens: lexMarkdown(block.raw, links) } : block));
}

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
  // How much the splice cut from the source at the last update; a lex is skipped only at the same cut.
  let lastCut = 0;
  // `linksKey` is kept for a finished text only: after a streaming update the definitions are still
  // `links`, and their key is taken once, when the stream ends, rather than on every token.
  let last: { text: string; source: string; streaming: boolean; blocks: MarkdownBlocks; linksKey?: string } | undefined;
  const flattenDeepNesting = createNestingFlattener();
  const splice = createLiveBlockSplice();

  function streamingBlocks(text: string, extendsLast: boolean): MarkdownBlocks {
    // `prefix` is part of the last text, so a text extending that one starts with it. Otherwise
    // slice-and-compare rather than `startsWith`: V8 runs the former as a memory comparison and the
    // latter char by char, which on a long message costs more than lexing the last block.
    if (!extendsLast && text.slice(0, prefix.length) !== prefix) {
      prefix = '';
      lastSettled = '';
      completed = [];
      links = Object.create(null) as Links;
      splice.reset();
    }
    const rest = text.slice(prefix.length);
    const source = normalizeNewlines(rest);
    // What is lexed: `source` less the known lines of a growing table or code block, put back after.
    const input = splice.cut(source);
    const settled = settledSource(input);
    const unchanged = settled === lastSettled && input.length - source.length === lastCut;
    const lexed = unchanged ? [] : lexMarkdown(settled, links);
    const finishedCount = countFinishedTokens(lexed, settled);
    const settledTokens = splice.restore(lexed, source);
    if (settledTokens === null) {
      splice.reset();
      return streamingBlocks(text, true);
    }
    lastSettled = settled;
    lastCut = input.length - source.length;
    let consumed = 0;
    let linksChanged = false;
    const finishedNow: LexedBlock[] = [];
    for (const token of settledTokens.slice(0, finishedCount)) {
      consumed += token.raw.length;
      if (token.type === 'space') continue;
      finishedNow.push({ raw: token.raw, tokens: [token] });
      linksChanged = collectDefinitions(token, links) || linksChanged;
    }
    prefix = text.slice(0, prefix.length + (source === rest ? consumed : sourceLength(rest, consumed)));
    if (consumed === 0) {
      if (lexed.length > 0) splice.learn(lexed[0], source);
    } else if (input === source) {
      lastSettled = settled.slice(consumed);
      // The block after the finished ones was lexed whole just now; learning it at once spares the
      // next tokens, up to its next complete line, a lex of all of it (unless a new definition may
      // change how its lines read).
      if (linksChanged) splice.reset();
      else splice.learn(lexed[finishedCount], source.slice(consumed));
    } else {
      lastSettled = '';
      splice.reset();
    }
    // Never mutated in place: a render React has not committed yet may still hold the old array.
    if (finishedNow.length > 0) completed = completed.concat(finishedNow);
    if (linksChanged) completed = relink(completed, links);

    const liveSource = source.slice(consumed);
    if (liveSource === '') return { completed, live: null };
    // A finished first block ends the splice, so the cut input is lexed only when nothing finished.
    const liveInput = consumed > 0 ? liveSource : input;
    // Most tokens extend a line of prose, so the settled lex already covered the whole live block.
    if (settled.length === input.length && settledTokens.length > 0 && !linksChanged && remendMarkdown(liveInput) === liveInput) {
      return { completed, live: { raw: liveSource, tokens: settledTokens.slice(finishedCount) } };
    }
    const tokens = liveInput === input ? splice.restore(lexLive(input, links), source) : null;
    return { completed, live: { raw: liveSource, tokens: tokens ?? lexLive(liveSource, links) } };
  }

  function update(text: string, streaming: boolean): MarkdownBlocks {
    if (last !== undefined && last.text === text && last.streaming === streaming) return last.blocks;
    // The one comparison of the whole text per update; the steps below trust it instead of comparing
    // their own prefixes again.
    const extendsLast = last !== undefined && text.length > last.text.length && text.slice(0, last.text.length) === last.text;
    // Lexing cost grows with nesting depth, so hostile nesting is flattened before anything is lexed.
    const source = flattenDeepNesting(text, extendsLast);
    if (streaming) {
      // The prefix state is the last streaming update's; a flattened text is not the text it extends.
      const blocks = streamingBlocks(source, extendsLast && last?.streaming === true && source === text && last.source === last.text);
      last = { text, source, streaming, blocks };
    } else {
      const [blocks, key] = finalBlocks(source, last?.blocks.completed ?? [], last === undefined ? '' : (last.linksKey ?? linksKey(links)));
      last = { text, source, streaming, blocks, linksKey: key };
    }
    return last.blocks;
  }

  return { update };
}
