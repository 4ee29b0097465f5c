'use client';
import { forwardRef } from 'react';
import { Chat, useLabels, type ChatJumpToLatestProps } from '../headless';
import { cx } from './cx';
import { ArrowDownIcon } from './icons';

/** Props of {@link StyledJumpToLatest}: those of `Chat.JumpToLatest` except `asChild`. */
export type StyledJumpToLatestProps = Omit<ChatJumpToLatestProps, 'asChild'>;

/**
 * The floating "Jump to latest" pill, `rcs-jump`, shown while the user has scrolled up from the
 * newest message. Must sit inside a `Chat.Viewport` (`StyledMessageList` places it for you).
 */
export const StyledJumpToLatest = forwardRef<HTMLButtonElement, StyledJumpToLatestProps>(function StyledJumpToLatest(
  { className, children, ...props },
  ref,
) {
  const labels = useLabels();
  return (
    <Chat.JumpToLatest className={cx('rcs-jump rcs-theme', className)} {...props} ref={ref}>
      {children ?? (
        <>
          <ArrowDownIcon />
          <span>{labels.jumpToLatest}</span>
        </>
      )}
    </Chat.JumpToLatest>
  );
});
