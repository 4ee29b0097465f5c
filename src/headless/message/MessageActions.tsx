'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useMessage } from './messageContext';
import { Primitive } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';

/** Props of {@link MessageActions}. */
export interface MessageActionsProps extends ComponentPropsWithoutRef<'div'> {
  /** Renders the child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * A group for the message's `Action.*` buttons: `role="group"` labelled "Message actions", with
 * `data-role` and `data-status` so an app can, say, reveal it on hover once the message settles.
 */
export const MessageActions = forwardRef<HTMLDivElement, MessageActionsProps>(function MessageActions(
  { asChild, ...props },
  ref,
) {
  const message = useMessage('Message.Actions');
  const labels = useLabels();
  return (
    <Primitive.div
      asChild={asChild}
      role="group"
      aria-label={labels.messageActions}
      data-role={message.role}
      data-status={message.status}
      {...props}
      ref={ref}
    />
  );
});
