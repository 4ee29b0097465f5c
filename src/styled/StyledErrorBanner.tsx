'use client';
import { forwardRef } from 'react';
import { Action, Message, type MessageErrorProps } from '../headless';
import type { ChatStreamError } from '../sse/ChatStreamError';
import { cx } from './cx';
import { AlertIcon, RefreshIcon } from './icons';

/** Props of {@link StyledErrorBanner}: those of `Message.Error` except `asChild`. */
export type StyledErrorBannerProps = Omit<MessageErrorProps, 'asChild'>;

/** A short, human headline for a failed turn; the error's own message goes beneath it. */
export function describeChatError(error: ChatStreamError | undefined): string {
  switch (error?.code) {
    case 'http': {
      const status = error.status;
      if (status === 401 || status === 403) return `Not authorized (HTTP ${status})`;
      if (status === 429) return 'Too many requests (HTTP 429)';
      if (status !== undefined && status >= 500) return `Server error (HTTP ${status})`;
      return status === undefined ? 'Request failed' : `Request failed (HTTP ${status})`;
    }
    case 'network':
      return 'Connection lost';
    case 'timeout':
      return 'The server stopped responding';
    case 'protocol':
      return 'Unexpected response from the server';
    case 'server':
      return 'The model reported an error';
    case 'incomplete':
      return 'The answer was cut off';
    case 'aborted':
      return 'The request was cancelled';
    default:
      return 'Something went wrong';
  }
}

const defaultRender = (error: ChatStreamError | undefined) => {
  const headline = describeChatError(error);
  return (
    <>
      <AlertIcon className="rcs-icon rcs-error__icon" />
      <div className="rcs-error__body">
        <p className="rcs-error__title">{headline}</p>
        {error?.message && error.message !== headline ? <p className="rcs-error__message">{error.message}</p> : null}
      </div>
      <Action.Retry className="rcs-button rcs-error__retry">
        <RefreshIcon />
        <span>Retry</span>
      </Action.Retry>
    </>
  );
};

/**
 * Why an assistant turn failed, `rcs-error`: a headline from the error code (see
 * `describeChatError`), the error's message, and a Retry button while this is the failed last turn
 * (`Action.Retry`). Rendered only for a message whose status is `'error'`; `data-code` carries the
 * `ChatStreamError` code for styling. Children (a node or a render function) replace the inside.
 */
export const StyledErrorBanner = forwardRef<HTMLDivElement, StyledErrorBannerProps>(function StyledErrorBanner(
  { className, children, ...props },
  ref,
) {
  return (
    <Message.Error className={cx('rcs-error rcs-theme', className)} {...props} ref={ref}>
      {children ?? defaultRender}
    </Message.Error>
  );
});
