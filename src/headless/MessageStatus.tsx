'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ChatMessageStatus } from '../store/ChatMessage';
import { useMessage } from './messageContext';

/** Props of {@link MessageStatus}. */
export interface MessageStatusProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** Render slot: what to show for a status; returning `null` hides the part. */
  children?: (status: ChatMessageStatus) => ReactNode;
}

const defaultLabels: Record<ChatMessageStatus, string | null> = {
  streaming: 'Generating…',
  complete: null,
  stopped: 'Stopped',
  error: 'Failed',
};

/**
 * The message's status as a `span` with `data-status`. By default it shows a short English label and
 * renders nothing for a complete message. It is not a live region: the log announces the message.
 */
export const MessageStatus = forwardRef<HTMLSpanElement, MessageStatusProps>(function MessageStatus(
  { children, ...props },
  ref,
) {
  const { status } = useMessage('Message.Status');
  const label = children ? children(status) : defaultLabels[status];
  if (label === null || label === undefined) return null;
  return (
    <span data-status={status} {...props} ref={ref}>
      {label}
    </span>
  );
});
