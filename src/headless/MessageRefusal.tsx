'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { isLive, useMessage } from './messageContext';

/** Props of {@link MessageRefusal}. */
export interface MessageRefusalProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Render slot for the refusal text. */
  children?: (refusal: string) => ReactNode;
}

/**
 * The model's refusal, when it refused: a `div` with `data-status`. Like `Message.Content` it is
 * `aria-hidden` while streaming and mounted afresh when the message settles, so it is announced once.
 */
export const MessageRefusal = forwardRef<HTMLDivElement, MessageRefusalProps>(function MessageRefusal(
  { children, ...props },
  ref,
) {
  const message = useMessage('Message.Refusal');
  if (!message.refusal) return null;
  const live = isLive(message);
  return (
    <div
      key={live ? 'live' : 'settled'}
      data-status={message.status}
      aria-hidden={live || undefined}
      {...props}
      ref={ref}
    >
      {children ? children(message.refusal) : message.refusal}
    </div>
  );
});
