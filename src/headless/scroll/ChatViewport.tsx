'use client';
import { forwardRef, useEffect, useMemo, useRef, type ComponentPropsWithoutRef } from 'react';
import { composeRefs } from '../internal/composeRefs';
import { createPartContext } from '../internal/createPartContext';
import { useAutoScroll } from './useAutoScroll';
import { useChatStatus } from '../chat/useChatRootStore';
import { Primitive } from '../internal/Primitive';
import { ViewportScrollerContext, type ViewportScroller } from './viewportScroller';

/** What `Chat.Viewport` shares with `Chat.JumpToLatest` (and `useChatViewport`). */
export interface ChatViewportState {
  /** Whether the view is at the bottom. */
  isAtBottom: boolean;
  /** Scrolls to the bottom and sticks there again. */
  scrollToBottom(): void;
}

const viewportPart = createPartContext<ChatViewportState>('`Chat.Viewport`');

/** The enclosing viewport's scroll state; throws outside `Chat.Viewport`. */
export function useChatViewport(consumer = 'useChatViewport'): ChatViewportState {
  return viewportPart.use(consumer);
}

/** Props of {@link ChatViewport}. */
export interface ChatViewportProps extends ComponentPropsWithoutRef<'div'> {
  /** How close to the bottom (in px) still counts as at the bottom. Default 8. */
  threshold?: number;
  /** Renders the child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * The scroll container of the conversation (give it a height and `overflow-y: auto`). It sticks to
 * the bottom while answers stream and lets go when the user scrolls up (see `useAutoScroll`); sending
 * a message sticks it again. `data-at-bottom` is present while the view is at the bottom.
 */
export const ChatViewport = forwardRef<HTMLDivElement, ChatViewportProps>(function ChatViewport(
  { threshold, asChild, ...props },
  ref,
) {
  const { ref: scrollRef, isAtBottom, scrollToBottom, release, contentChanged } = useAutoScroll({ threshold });
  const element = useRef<HTMLDivElement | null>(null);
  const status = useChatStatus('Chat.Viewport');
  // A new turn is the user's own action: bring them to it even if they had scrolled away.
  useEffect(() => {
    if (status === 'submitted') scrollToBottom();
  }, [status, scrollToBottom]);
  const state = useMemo(() => ({ isAtBottom, scrollToBottom }), [isAtBottom, scrollToBottom]);
  const scroller = useMemo<ViewportScroller>(
    () => ({ element: () => element.current, release, contentChanged }),
    [release, contentChanged],
  );
  const composedRef = useMemo(() => composeRefs<HTMLDivElement>(ref, scrollRef, element), [ref, scrollRef]);
  return (
    <viewportPart.Context.Provider value={state}>
      <ViewportScrollerContext.Provider value={scroller}>
        <Primitive.div asChild={asChild} data-at-bottom={isAtBottom ? '' : undefined} {...props} ref={composedRef} />
      </ViewportScrollerContext.Provider>
    </viewportPart.Context.Provider>
  );
});
