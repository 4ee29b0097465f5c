'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { TextPart } from '../../message';
import { StreamingMarkdown, type MarkdownComponents, type MarkdownHighlighter } from '../markdown';
import { Primitive, withContent } from '../internal/Primitive';
import type { MessagePartProps } from './MessagePartProps';

/** Props of {@link PartText}: the part, as `Message.Parts` gives it, and the element's own. */
export interface PartTextProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'part'>,
    Pick<MessagePartProps<TextPart>, 'part'>,
    Partial<Omit<MessagePartProps<TextPart>, 'part'>> {
  /** Renders the text; by default assistant text is markdown and other roles plain text. */
  render?: (text: string, part: TextPart) => ReactNode;
  /** Renders assistant text as markdown (`StreamingMarkdown`). Default true; false shows plain text. */
  markdown?: boolean;
  /** Replacement elements for the markdown (`a`, `code`, `img`…), passed to `StreamingMarkdown`. */
  markdownComponents?: Partial<MarkdownComponents>;
  /** Syntax highlighting for finished code blocks, passed to `StreamingMarkdown`. */
  highlight?: MarkdownHighlighter;
  /** With `asChild`, the element to render as (the text is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`, appending the text to it. */
  asChild?: boolean;
}

/**
 * A text part: a `div` with `data-part="text"`, `data-format` (`markdown` | `text`) and
 * `data-streaming` while it grows. Assistant text is rendered with `StreamingMarkdown`; other roles
 * show plain text (line breaks show only if the app styles it: the part adds no styles).
 *
 * While it streams the element is `aria-hidden`; when it stops growing it is mounted afresh, so the
 * enclosing `Chat.Messages` log announces its final text once. A finished empty part renders nothing.
 */
export const PartText = forwardRef<HTMLDivElement, PartTextProps>(function PartText(
  { part, streaming = false, messageRole = 'assistant', index: _index, render, markdown = true, markdownComponents, highlight, children, asChild, ...props },
  ref,
) {
  if (!streaming && part.text === '') return null;
  const asMarkdown = !render && markdown && messageRole === 'assistant';
  let body: ReactNode;
  if (render) body = render(part.text, part);
  else if (asMarkdown) {
    body = <StreamingMarkdown text={part.text} streaming={streaming} components={markdownComponents} highlight={highlight} />;
  } else body = part.text;
  return (
    <Primitive.div
      key={streaming ? 'live' : 'settled'}
      asChild={asChild}
      data-part="text"
      data-format={asMarkdown ? 'markdown' : 'text'}
      data-streaming={streaming ? '' : undefined}
      aria-hidden={streaming || undefined}
      {...props}
      ref={ref}
    >
      {withContent(asChild, children, body)}
    </Primitive.div>
  );
});
