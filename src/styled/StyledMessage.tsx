'use client';
import { forwardRef } from 'react';
import { Message, useMessage, type MessageComponents, type MessageRootProps } from '../headless';
import { getMessagePhase } from '../store/getMessagePhase';
import { cx } from './cx';
import { StyledErrorBanner } from './StyledErrorBanner';
import { StyledMessageEditor } from './StyledMessageEditor';
import { StyledMessageFooter } from './StyledMessageFooter';
import { StyledMessageParts } from './StyledMessageParts';
import { StyledTypingIndicator } from './StyledTypingIndicator';

/** Props of {@link StyledMessage}: those of `Message.Root` except `asChild`. */
export interface StyledMessageProps extends Omit<MessageRootProps, 'asChild'> {
  /** Shows the footer (usage, timing and actions). Default true. */
  footer?: boolean;
}

/** The dots while nothing visible has arrived: before the first part, or after a new step began. */
function Waiting() {
  const message = useMessage('StyledMessage');
  return getMessagePhase(message) === 'waiting' ? <StyledTypingIndicator /> : null;
}

/** The inside of a message by role; it reads the message that `Message.Root` provides. */
function MessageBody({ footer }: { footer: boolean }) {
  const { role } = useMessage('StyledMessage');
  if (role === 'assistant') {
    return (
      <>
        <div className="rcs-message__body">
          <StyledMessageParts />
          <Waiting />
          <StyledErrorBanner />
        </div>
        {footer ? <StyledMessageFooter /> : null}
      </>
    );
  }
  if (role === 'user') {
    return (
      <>
        <div className="rcs-message__bubble">
          <StyledMessageParts />
          <StyledMessageEditor />
        </div>
        {footer ? <StyledMessageFooter /> : null}
      </>
    );
  }
  return (
    <div className="rcs-message__body">
      <StyledMessageParts />
    </div>
  );
}

/**
 * One message, `rcs-message`, laid out by role (`data-role`): user messages as bubbles on the end
 * side (text and attachments) with Copy and Edit; assistant messages full width with every part in
 * the order it streamed (`StyledMessageParts`: reasoning, markdown, refusal, tool cards, files,
 * sources, step dividers), the error banner and a footer of usage, timing, Copy and Regenerate;
 * system messages as muted notes. Use it in a `Chat.Messages` row, or anywhere inside `Chat.Root`
 * with `messageId`.
 */
export const StyledMessage = forwardRef<HTMLDivElement, StyledMessageProps>(function StyledMessage(
  { className, footer = true, children, ...props },
  ref,
) {
  return (
    <Message.Root className={cx('rcs-message rcs-theme', className)} {...props} ref={ref}>
      <MessageBody footer={footer} />
      {children}
    </Message.Root>
  );
});

const MessageRow = () => <StyledMessage />;

/**
 * The per-role components `ChatWindow` gives `Chat.Messages`: `StyledMessage` for user, assistant
 * and system messages. Spread your own over it to replace one role.
 */
export const styledMessageComponents: Readonly<Required<MessageComponents>> = Object.freeze({
  UserMessage: MessageRow,
  AssistantMessage: MessageRow,
  SystemMessage: MessageRow,
});
