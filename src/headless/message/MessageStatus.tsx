'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ChatMessageStatus } from '../../message';
import { useMessage } from './messageContext';
import type { ChatLabels } from '../labels/labels';
import { Primitive, withContent } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';

/** Props of {@link MessageStatus}. */
export interface MessageStatusProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** What to show for a status; returning `null` hides the part. */
  render?: (status: ChatMessageStatus) => ReactNode;
  /** With `asChild`, the element to render as (the label is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `span`. */
  asChild?: boolean;
}

const defaultLabel = (status: ChatMessageStatus, labels: ChatLabels): string | null => {
  if (status === 'streaming') return labels.statusStreaming;
  if (status === 'stopped') return labels.statusStopped;
  return status === 'error' ? labels.statusFailed : null;
};

/**
 * The message's status as a `span` with `data-status`. By default it shows its `labels` entry (`statusStopped`…) and
 * renders nothing for a complete message. It is not a live region: the log announces the message.
 */
export const MessageStatus = forwardRef<HTMLSpanElement, MessageStatusProps>(function MessageStatus(
  { render, children, asChild, ...props },
  ref,
) {
  const { status } = useMessage('Message.Status');
  const labels = useLabels();
  const label = render ? render(status) : defaultLabel(status, labels);
  if (label === null || label === undefined) return null;
  return (
    <Primitive.span asChild={asChild} data-status={status} {...props} ref={ref}>
      {withContent(asChild, children, label)}
    </Primitive.span>
  );
});
