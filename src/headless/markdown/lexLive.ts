import type { Links, Token } from 'marked';
import { lexMarkdown } from './lexMarkdown';
import { remendMarkdown } from './remendMarkdown';

const isVerbatim = (token: Token | undefined): boolean =>
  token?.type === 'html' || (token?.type === 'code' && token.codeBlockStyle === 'indented');

/**
 * The tokens of the block still streaming: its last paragraph mended for display (see
 * {@link remendMarkdown}), then lexed against the finished definitions in `links`.
 */
export function lexLive(source: string, links: Links): Token[] {
  const mended = remendMarkdown(source);
  const tokens = lexMarkdown(mended, links);
  // Raw HTML and indented code show their source verbatim, so "closing" markers there would add
  // text the model never wrote.
  return mended !== source && isVerbatim(tokens.findLast((token) => token.type !== 'space')) ? lexMarkdown(source, links) : tokens;
}
