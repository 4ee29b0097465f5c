'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ChatStreamError } from '../../sse/ChatStreamError';
import { ActionRetry } from '../actions/ActionButtons';
import { useMessage } from './messageContext';
import { Primitive } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';

/** Props of {@link MessageError}. */
export interface MessageErrorProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Renders the notice from the error; by default its message and an `Action.Retry`. */
  render?: (error: ChatStreamError | undefined) => ReactNode;
  /** Parts shown instead of the default (for example a message and an `Action.Retry`). */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * Why the message failed, rendered only while its status is `'error'`: a `div` with `data-code` (the
 * `ChatStreamError` code). By default it shows `error.message` and an `Action.Retry` button (which is
 * there only when this is the failed last turn). It is not an alert: the log already announces it.
 */
export const MessageError = forwardRef<HTMLDivElement, MessageErrorProps>(function MessageError(
  { render, children, asChild, ...props },
  ref,
) {
  const message = useMessage('Message.Error');
  const labels = useLabels();
  if (message.status !== 'error') return null;
  const error = message.metadata?.error;
  let body: ReactNode;
  if (asChild) body = children;
  else if (render) body = render(error);
  else if (children !== undefined) body = children;
  else {
    body = (
      <>
        <span>{error?.message ?? labels.answerFailed}</span> <ActionRetry />
      </>
    );
  }
  return (
    <Primitive.div asChild={asChild} data-code={error?.code} {...props} ref={ref}>
      {body}
    </Primitive.div>
  );
});
