'use client';
import { forwardRef } from 'react';
import { Message, useMessage, type MessageContentProps } from '../headless';
import type { ChatMessage } from '../message';
import { getMessagePhase } from '../store/getMessagePhase';
import { cx } from './cx';
import { useStyledChatOptions } from './StyledChatContext';
import { StyledTypingIndicator } from './StyledTypingIndicator';

/** Props of {@link StyledMessageContent}: those of `Message.Content` except `asChild`. */
export type StyledMessageContentProps = Omit<MessageContentProps, 'asChild'>;

/** The answer has begun but nothing visible has arrived: no text, reasoning, refusal or tool call. */
const awaitingFirstToken = (message: ChatMessage): boolean => getMessagePhase(message) === 'waiting';

/**
 * The message text, `rcs-content`: markdown for assistant messages (`StreamingMarkdown`, styled
 * through its `data-md` hooks, with a caret after the last paragraph while it streams), plain text
 * with kept line breaks for the rest. Before the first token it shows a `StyledTypingIndicator`.
 * `highlight` and `markdownComponents` default to those given to `ChatWindow`; task-list checkboxes
 * get an accessible name unless `markdownComponents.input` replaces them.
 */
export const StyledMessageContent = forwardRef<HTMLDivElement, StyledMessageContentProps>(function StyledMessageContent(
  { className, highlight, markdownComponents, ...props },
  ref,
) {
  const message = useMessage('StyledMessageContent');
  const options = useStyledChatOptions();
  return (
    <>
      {awaitingFirstToken(message) ? <StyledTypingIndicator /> : null}
      <Message.Content
        className={cx('rcs-content rcs-theme', className)}
        highlight={highlight ?? options.highlight}
        markdownComponents={markdownComponents ?? options.markdownComponents}
        {...props}
        ref={ref}
      />
    </>
  );
});
