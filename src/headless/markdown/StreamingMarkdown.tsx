'use client';
import { forwardRef, useEffect, useLayoutEffect, useMemo, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { Primitive, withContent } from '../internal/Primitive';
import type { LexedBlock } from './createMarkdownBlockCache';
import { createGroupComponent, renderInGroups } from './renderInGroups';
import { MarkdownBlock } from './MarkdownBlock';
import { MARKDOWN_ELEMENTS, resolveMarkdownComponents, type MarkdownComponents } from './MarkdownComponents';
import type { MarkdownHighlighter } from './MarkdownHighlighter';
import type { MarkdownRenderContext } from './MarkdownRenderContext';
import { useLabels } from '../labels/useLabels';
import { renderPlainText } from './renderPlainText';
import { useMarkdownLexer } from './useMarkdownLexer';

/** Props of {@link StreamingMarkdown}; any other `div` prop lands on the root element. */
export interface StreamingMarkdownProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'dangerouslySetInnerHTML'> {
  /** The markdown so far. Appending to it is cheap; any other change re-lexes from scratch. */
  text: string;
  /** True while more text may arrive: the last block is then repaired for display and not highlighted. */
  streaming?: boolean;
  /** Replacement renderers per element (`a`, `p`, `code`, `pre`, `table`, `img`…). */
  components?: Partial<MarkdownComponents>;
  /** Opt-in syntax highlighting for complete code blocks; see {@link MarkdownHighlighter}. */
  highlight?: MarkdownHighlighter;
  /** Renders the single child element (an `article`, say) as the root, appending the blocks to it. */
  asChild?: boolean;
  /** With `asChild`, the element to render as; otherwise unused. */
  children?: ReactNode;
}

interface BlockGroupContext {
  context: Omit<MarkdownRenderContext, 'complete'>;
  completedCount: number;
  streaming: boolean;
}

// The live block sits right after the finished ones under its own index as key, so it keeps its
// element when it finishes; only the last block of a streaming message is incomplete.
const BlockGroup = createGroupComponent<LexedBlock, BlockGroupContext>('MarkdownBlockGroup', (block, index, group) => (
  <MarkdownBlock
    key={index}
    source={block.raw}
    tokens={block.tokens}
    complete={index < group.completedCount || !group.streaming}
    context={group.context}
  />
));

const NO_BLOCKS: readonly LexedBlock[] = [];

// Layout timing so the highlighter box is current before any child effect reads it; plain effect
// on the server, where neither runs and React 18 would warn about the layout one.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Renders an assistant's GitHub-flavoured markdown while it streams in, safely and without styles.
 *
 * - marked is used only as a tokenizer; every element is built with React (no HTML strings, no
 *   `dangerouslySetInnerHTML`). Raw HTML in the text is shown as literal text.
 * - Links keep only `http:`, `https:` and `mailto:` destinations (see {@link sanitizeUrl}) and open
 *   in a new tab with `rel="noopener noreferrer"`; any other link shows as its text. Images are shown
 *   as links labelled with their alt text unless the app opts in through `components.img`.
 * - Streaming: finished blocks are memoised and never lexed again, and a growing table or code block
 *   is lexed from its last complete line on, so a token costs the same in a 50 KB message as in a
 *   1 KB one (`npm run bench` measures it); an unclosed `**`, `_`, `` ` ``, `~~` or a half-received link in
 *   the last block is closed or hidden for display instead of flashing its markers.
 * - The lexer loads on demand (see {@link preloadMarkdown}): until it has, and in a server render,
 *   the text shows as plain paragraphs (`data-plain="true"`), then re-renders as markdown.
 * - Hooks for styling: the root has `data-md="root"` and `data-streaming="true|false"`; elements
 *   carry `data-md` (`paragraph`, `heading`, `list`, `list-item` + `data-task`, `blockquote`, `table`,
 *   `table-cell` + `data-align`, `code-block` + `data-language`, `copy-button` + `data-state`, `link`,
 *   `blocked-link`, `image-link`, `inline-code`, `html`…).
 *
 * @example
 * <StreamingMarkdown text={message.content} streaming={message.status === 'streaming'} className="prose" />
 */
export const StreamingMarkdown = forwardRef<HTMLDivElement, StreamingMarkdownProps>(function StreamingMarkdown(
  { text, streaming = false, components, highlight, asChild, children, ...rest },
  ref,
) {
  const lexer = useMarkdownLexer();
  // The module never changes once loaded, so this is one cache per mounted message; the plain
  // fallback never goes through it, so nothing lexed-looking is cached from before the load.
  const cache = useMemo(() => lexer?.createMarkdownBlockCache(), [lexer]);
  const blocks = useMemo(() => cache?.update(text, streaming), [cache, text, streaming]);

  // Keyed on each override rather than on the object, so an inline `components={{ a: Link }}`
  // does not re-render every finished block on every token.
  const overrides = MARKDOWN_ELEMENTS.map((key) => components?.[key]);
  const resolved = useMemo(
    () => resolveMarkdownComponents(components),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fixed-length list of the override values
    overrides,
  );

  const highlighter = useRef(highlight);
  useIsomorphicLayoutEffect(() => {
    highlighter.current = highlight;
  }, [highlight]);
  const highlightEnabled = highlight !== undefined;
  const labels = useLabels();
  const context = useMemo<Omit<MarkdownRenderContext, 'complete'>>(
    () => ({ components: resolved, highlighter, highlightEnabled, interactive: !streaming, labels }),
    [resolved, highlightEnabled, streaming, labels],
  );

  const completed = blocks?.completed ?? NO_BLOCKS;
  const live = blocks?.live ?? null;
  const items = useMemo(() => (live === null ? completed : [...completed, live]), [completed, live]);
  // Changes when a block finishes, not per token, so the groups of finished blocks stay memoised.
  const groupContext = useMemo<BlockGroupContext>(
    () => ({ context, completedCount: completed.length, streaming }),
    [context, completed.length, streaming],
  );
  return (
    <Primitive.div asChild={asChild} ref={ref} {...rest} data-md="root" data-streaming={streaming ? 'true' : 'false'}>
      {withContent(
        asChild,
        children,
        blocks === undefined ? renderPlainText(text, resolved) : renderInGroups(BlockGroup, items, groupContext),
      )}
    </Primitive.div>
  );
});
