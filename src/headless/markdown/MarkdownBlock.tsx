'use client';
import { memo, useMemo, type ReactNode } from 'react';
import type { Token } from 'marked';
import type { MarkdownRenderContext } from './MarkdownRenderContext';
import { renderBlocks } from './renderBlocks';

/** Props of {@link MarkdownBlock}. */
export interface MarkdownBlockProps {
  /** The block's markdown source. */
  source: string;
  /**
   * marked's tokens for `source`. The block cache hands out the same array for as long as the block
   * is finished and its reference definitions stand, so equal sources come with identical tokens.
   */
  tokens: readonly Token[];
  /** False only for the last block of a message that is still streaming. */
  complete: boolean;
  /** Shared by all blocks and stable across renders unless the components or highlighter switch. */
  context: Omit<MarkdownRenderContext, 'complete'>;
}

/**
 * One top-level block of a message. Memoised on its props, so appending a token to a message
 * re-renders only the last block: the earlier ones get the same source string, the same tokens
 * and the same context. It renders its elements directly, with no wrapper of its own.
 */
export const MarkdownBlock = memo(function MarkdownBlock({ tokens, complete, context }: MarkdownBlockProps): ReactNode {
  const blockContext = useMemo(() => ({ ...context, complete }), [context, complete]);
  return renderBlocks(tokens, blockContext);
});
