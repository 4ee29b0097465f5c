'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { getMessageText, type ChatMessage } from '../../message';
import { StreamingMarkdown, type MarkdownComponents, type MarkdownHighlighter } from '../markdown';
import { isLive, useMessage, useOptionalMessageEditing } from './messageContext';
import { Primitive, withContent } from '../internal/Primitive';

/** Renders a message's text; see `Message.Content`. */
export type RenderContent = (text: string, message: ChatMessage) => ReactNode;

/** Props of {@link MessageContent}. */
export interface MessageContentProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Renders the text; by default assistant text is markdown and other roles plain text. */
  render?: RenderContent;
  /** With `asChild`, the element to render as (the text is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders assistant text as markdown (`StreamingMarkdown`). Default true; false shows plain text. */
  markdown?: boolean;
  /** Replacement elements for the markdown (`a`, `code`, `img`…), passed to `StreamingMarkdown`. */
  markdownComponents?: Partial<MarkdownComponents>;
  /** Syntax highlighting for finished code blocks, passed to `StreamingMarkdown`. */
  highlight?: MarkdownHighlighter;
  /** Renders the single child element instead of a `div`, appending the text to it. */
  asChild?: boolean;
}

/**
 * The message's text (`getMessageText`: text parts in order, a tool call or step between two starting a
 * new paragraph), in one `div` with `data-format` (`markdown` | `text`), `data-status`, and
 * `data-empty` before the first token. Assistant text is rendered with `StreamingMarkdown`; other
 * roles show plain text, whose line breaks show only if the app styles it (`white-space: pre-wrap`):
 * the part adds no styles. Reasoning, tool calls and other parts are not included: to show every
 * part where it happened, use `Message.Parts` instead.
 *
 * While the message streams the element is `aria-hidden`; when it settles it is mounted afresh (its
 * `key` follows the phase) so that the enclosing `Chat.Messages` log announces the final text once.
 * Renders nothing while the message is being edited, or when a settled message has no text.
 */
export const MessageContent = forwardRef<HTMLDivElement, MessageContentProps>(function MessageContent(
  { render, children, markdown = true, markdownComponents, highlight, asChild, ...props },
  ref,
) {
  const message = useMessage('Message.Content');
  const editing = useOptionalMessageEditing()?.editing ?? false;
  const live = isLive(message);
  const text = getMessageText(message);
  if (editing || (!live && text === '')) return null;
  const asMarkdown = !render && markdown && message.role === 'assistant';
  let body: ReactNode;
  if (render) body = render(text, message);
  else if (asMarkdown) {
    body = <StreamingMarkdown text={text} streaming={live} components={markdownComponents} highlight={highlight} />;
  } else body = text;
  const shared = {
    'data-format': asMarkdown ? 'markdown' : 'text',
    'data-status': message.status,
    'data-empty': text === '' ? '' : undefined,
    'aria-hidden': live || undefined,
    ...props,
    ref,
  };
  const phase = live ? 'live' : 'settled';
  return (
    <Primitive.div key={phase} asChild={asChild} {...shared}>
      {withContent(asChild, children, body)}
    </Primitive.div>
  );
});
