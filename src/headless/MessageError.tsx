'use client';
import { Slot } from '@radix-ui/react-slot';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ChatStreamError } from '../sse/ChatStreamError';
import { ActionRetry } from './actions';
import { useMessage } from './messageContext';

/** Props of {@link MessageError}. */
export interface MessageErrorProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Render slot given the error, or parts (for example a message and an `Action.Retry`). */
  children?: ((error: ChatStreamError | undefined) => ReactNode) | ReactNode;
  /** Renders the single child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * Why the message failed, rendered only while its status is `'error'`: a `div` with `data-code` (the
 * `ChatStreamError` code). By default it shows `error.message` and an `Action.Retry` button (which is
 * there only when this is the failed last turn). It is not an alert: the log already announces it.
 */
export const MessageError = forwardRef<HTMLDivElement, MessageErrorProps>(function MessageError(
  { children, asChild, ...props },
  ref,
) {
  const message = useMessage('Message.Error');
  if (message.status !== 'error') return null;
  const { error } = message;
  const Component = asChild ? Slot : 'div';
  let body: ReactNode;
  if (typeof children === 'function') body = children(error);
  else if (children !== undefined) body = children;
  else {
    body = (
      <>
        <span>{error?.message ?? 'The answer failed.'}</span> <ActionRetry />
      </>
    );
  }
  return (
    <Component data-code={error?.code} {...props} ref={ref}>
      {body}
    </Component>
  );
});
