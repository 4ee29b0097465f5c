import type { Links } from 'marked';
import type { LexedBlock, MarkdownBlocks } from './createMarkdownBlockCache';
import { lexMarkdown } from './lexMarkdown';
import { normalizeNewlines } from './normalizeNewlines';

/** The reference definitions a set of blocks was lexed against, as one comparable string. */
export const linksKey = (links: Links): string => JSON.stringify(Object.entries(links));

/**
 * The blocks of a finished message: `text` lexed whole, reusing from `previous` (the blocks shown
 * before, lexed against the definitions `previousLinks`) every block whose source and references
 * are unchanged, so the end of a stream re-renders only what differs. Returns the new links key too.
 */
export function finalBlocks(text: string, previous: readonly LexedBlock[], previousLinks: string): [MarkdownBlocks, string] {
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
