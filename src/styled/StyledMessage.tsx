'use client';
import { forwardRef } from 'react';
import { Message, useMessage, type MessageComponents, type MessageRootProps } from '../headless';
import { cx } from './cx';
import { StyledErrorBanner } from './StyledErrorBanner';
import { StyledMessageContent } from './StyledMessageContent';
import { StyledMessageEditor } from './StyledMessageEditor';
import { StyledMessageFooter } from './StyledMessageFooter';
import { StyledReasoning } from './StyledReasoning';
import { StyledRefusal } from './StyledRefusal';
import { StyledToolCalls } from './StyledToolCallCard';

/** Props of {@link StyledMessage}: those of `Message.Root` except `asChild`. */
export interface StyledMessageProps extends Omit<MessageRootProps, 'asChild'> {
  /** Shows the footer (usage, timing and actions). Default true. */
  footer?: boolean;
}

/** The inside of a message by role; it reads the message that `Message.Root` provides. */
function MessageBody({ footer }: { footer: boolean }) {
  const { role } = useMessage('StyledMessage');
  if (role === 'assistant') {
    return (
      <>
        <div className="rcs-message__body">
          <StyledReasoning />
          <StyledMessageContent />
          <StyledRefusal />
          <StyledToolCalls />
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
          <StyledMessageContent />
          <StyledMessageEditor />
        </div>
        {footer ? <StyledMessageFooter /> : null}
      </>
    );
  }
  return (
    <div className="rcs-message__body">
      <StyledMessageContent />
    </div>
  );
}

/**
 * One message, `rcs-message`, laid out by role (`data-role`): user messages as bubbles on the end
 * side with Copy and Edit; assistant messages full width with reasoning, markdown, refusal, tool
 * cards, error banner and a footer of usage, timing, Copy and Regenerate; system and tool messages
 * as muted notes. Use it in a `Chat.Messages` row, or anywhere inside `Chat.Root` with `messageId`.
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
// Tool results are shown on the tool-call card that asked for them; a second copy in the log is noise.
const HiddenRow = () => null;

/**
 * The per-role components `ChatWindow` gives `Chat.Messages`: `StyledMessage` for user, assistant
 * and system messages, nothing for tool messages. Spread your own over it to replace one role.
 */
export const styledMessageComponents: Readonly<Required<MessageComponents>> = Object.freeze({
  UserMessage: MessageRow,
  AssistantMessage: MessageRow,
  SystemMessage: MessageRow,
  ToolMessage: HiddenRow,
});
