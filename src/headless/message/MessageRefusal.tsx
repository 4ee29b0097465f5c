'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { getRefusalText } from '../../message';
import { isLive, useMessage } from './messageContext';
import { Primitive, withContent } from '../internal/Primitive';

/** Props of {@link MessageRefusal}. */
export interface MessageRefusalProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Renders the refusal text. */
  render?: (refusal: string) => ReactNode;
  /** With `asChild`, the element to render as (the text is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * The model's refusal, when it refused: a `div` with `data-status`. Like `Message.Content` it is
 * `aria-hidden` while streaming and mounted afresh when the message settles, so it is announced once.
 */
export const MessageRefusal = forwardRef<HTMLDivElement, MessageRefusalProps>(function MessageRefusal(
  { render, children, asChild, ...props },
  ref,
) {
  const message = useMessage('Message.Refusal');
  const refusal = getRefusalText(message);
  if (refusal === '') return null;
  const live = isLive(message);
  return (
    <Primitive.div
      key={live ? 'live' : 'settled'}
      asChild={asChild}
      data-status={message.status}
      aria-hidden={live || undefined}
      {...props}
      ref={ref}
    >
      {withContent(asChild, children, render ? render(refusal) : refusal)}
    </Primitive.div>
  );
});
