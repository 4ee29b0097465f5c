'use client';
import { forwardRef } from 'react';
import { Action, Message, useLabels, type MessageErrorProps } from '../headless';
import type { ChatStreamError } from '../sse/ChatStreamError';
import { cx } from './cx';
import { AlertIcon, RefreshIcon } from './icons';

/** Props of {@link StyledErrorBanner}: those of `Message.Error` except `asChild`. */
export type StyledErrorBannerProps = Omit<MessageErrorProps, 'asChild'>;

function ErrorBody({ error }: { error: ChatStreamError | undefined }) {
  const labels = useLabels();
  const headline = labels.errorHeadline(error);
  return (
    <>
      <AlertIcon className="rcs-icon rcs-error__icon" />
      <div className="rcs-error__body">
        <p className="rcs-error__title">{headline}</p>
        {error?.message && error.message !== headline ? <p className="rcs-error__message">{error.message}</p> : null}
      </div>
      <Action.Retry className="rcs-button rcs-error__retry">
        <RefreshIcon />
        <span>{labels.retry}</span>
      </Action.Retry>
    </>
  );
}

const defaultRender = (error: ChatStreamError | undefined) => <ErrorBody error={error} />;

/**
 * Why an assistant turn failed, `rcs-error`: a headline from the error code (the
 * `errorHeadline` label), the error's message, and a Retry button while this is the failed last turn
 * (`Action.Retry`). Rendered only for a message whose status is `'error'`; `data-code` carries the
 * `ChatStreamError` code for styling. Children (nodes) or `render` replace the inside.
 */
export const StyledErrorBanner = forwardRef<HTMLDivElement, StyledErrorBannerProps>(function StyledErrorBanner(
  { className, children, render, ...props },
  ref,
) {
  return (
    <Message.Error
      className={cx('rcs-error rcs-theme', className)}
      render={render ?? (children === undefined ? defaultRender : undefined)}
      {...props}
      ref={ref}
    >
      {children}
    </Message.Error>
  );
});
