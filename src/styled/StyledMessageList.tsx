'use client';
import { forwardRef, type ReactNode } from 'react';
import { Chat, useLabels, type ChatMessagesProps, type ChatViewportProps, type MessageComponents } from '../headless';
import { cx } from './cx';
import { StyledJumpToLatest } from './StyledJumpToLatest';
import { preloadVirtualList } from '../headless/chat/useVirtualListModule';
import { preloadMarkdown } from '../headless/markdown/preloadMarkdown';
import { styledMessageComponents } from './StyledMessage';

/** Props of {@link StyledMessageList}; other props land on the scrolling `Chat.Viewport`. */
export interface StyledMessageListProps
  extends Omit<ChatViewportProps, 'asChild' | 'children'>,
    Pick<ChatMessagesProps, 'hasOlder' | 'onLoadOlder' | 'handleRef'> {
  /**
   * Mounts only the rows near the view (see `Chat.Messages` `virtualize`). Default true; `false`
   * renders every row, so find-in-page sees the whole thread.
   */
  virtualize?: ChatMessagesProps['virtualize'];
  /** Per-role message components, spread over `styledMessageComponents`. */
  components?: MessageComponents;
  /** Shown above the messages, e.g. a `StyledEmptyState` (which hides itself once there are messages). */
  children?: ReactNode;
}

// The styled list virtualizes by default: fetch the virtualizer as soon as this module loads (in a
// browser), so the window's first render is virtualized rather than a bounded window swapped out.
void preloadVirtualList();
// Answers render markdown: fetch its lexer now too, so the first answer does not show as plain text first.
void preloadMarkdown();

/**
 * The scrolling conversation, `rcs-viewport`: sticks to the newest message while answers stream,
 * lets go when the user scrolls up and then offers a `StyledJumpToLatest`. Holds the `Chat.Messages`
 * log (`rcs-messages`) rendering `StyledMessage`s, virtualized unless `virtualize={false}`. The viewport is a focusable, labelled region so
 * keyboard users can scroll it. It fills its flex parent; give it a height when used elsewhere.
 */
export const StyledMessageList = forwardRef<HTMLDivElement, StyledMessageListProps>(function StyledMessageList(
  { className, components, children, virtualize = true, hasOlder, onLoadOlder, handleRef, ...props },
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
      <Chat.Messages
        className="rcs-messages"
        components={{ ...styledMessageComponents, ...components }}
        virtualize={virtualize}
        hasOlder={hasOlder}
        onLoadOlder={onLoadOlder}
        handleRef={handleRef}
      />
      {/* A zero-height sticky anchor keeps the pill over the bottom edge without taking scroll space. */}
      <div className="rcs-jump-anchor">
        <StyledJumpToLatest />
      </div>
    </Chat.Viewport>
  );
});
