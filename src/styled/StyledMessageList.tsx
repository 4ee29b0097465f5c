'use client';
import { forwardRef, type ReactNode } from 'react';
import { Chat, useLabels, type ChatViewportProps, type MessageComponents } from '../headless';
import { cx } from './cx';
import { StyledJumpToLatest } from './StyledJumpToLatest';
import { styledMessageComponents } from './StyledMessage';

/** Props of {@link StyledMessageList}; other props land on the scrolling `Chat.Viewport`. */
export interface StyledMessageListProps extends Omit<ChatViewportProps, 'asChild' | 'children'> {
  /** Per-role message components, spread over `styledMessageComponents`. */
  components?: MessageComponents;
  /** Shown above the messages, e.g. a `StyledEmptyState` (which hides itself once there are messages). */
  children?: ReactNode;
}

/**
 * The scrolling conversation, `rcs-viewport`: sticks to the newest message while answers stream,
 * lets go when the user scrolls up and then offers a `StyledJumpToLatest`. Holds the `Chat.Messages`
 * log (`rcs-messages`) rendering `StyledMessage`s. The viewport is a focusable, labelled region so
 * keyboard users can scroll it. It fills its flex parent; give it a height when used elsewhere.
 */
export const StyledMessageList = forwardRef<HTMLDivElement, StyledMessageListProps>(function StyledMessageList(
  { className, components, children, ...props },
  ref,
) {
  const labels = useLabels();
  return (
    <Chat.Viewport
      className={cx('rcs-viewport rcs-theme', className)}
      role="region"
      aria-label={labels.messages}
      tabIndex={0}
      {...props}
      ref={ref}
    >
      {children}
      <Chat.Messages className="rcs-messages" components={{ ...styledMessageComponents, ...components }} />
      {/* A zero-height sticky anchor keeps the pill over the bottom edge without taking scroll space. */}
      <div className="rcs-jump-anchor">
        <StyledJumpToLatest />
      </div>
    </Chat.Viewport>
  );
});
