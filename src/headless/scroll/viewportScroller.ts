'use client';
import { createContext, useContext } from 'react';

/**
 * What `Chat.Viewport` lends the list inside it, beyond the public `useChatViewport` state: the
 * scrolling element (a virtualized list measures and scrolls it) and a way to let go of the bottom
 * when the app scrolls to a message. Internal: not exported from the package.
 */
export interface ViewportScroller {
  /** The scroll container, or `null` before it mounts. */
  element(): HTMLElement | null;
  /** Lets go of the bottom without moving (see `AutoScrollController.release`). */
  release(): void;
  /** Pins again (or reports) at once after the content changed size; see `AutoScroll.contentChanged`. */
  contentChanged(): void;
}

/** Provided by `Chat.Viewport`; `null` for a list rendered without one. */
export const ViewportScrollerContext = createContext<ViewportScroller | null>(null);

/** The enclosing `Chat.Viewport`'s scroller, or `null` outside one. */
export function useViewportScroller(): ViewportScroller | null {
  return useContext(ViewportScrollerContext);
}
