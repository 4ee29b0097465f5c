'use client';
import { useCallback, useRef, useState, type RefCallback } from 'react';
import { attachAutoScroll, type AutoScrollController } from './attachAutoScroll';

/** Options of {@link useAutoScroll}. */
export interface AutoScrollOptions {
  /** How close to the bottom (in px) still counts as at the bottom. Default 8. */
  threshold?: number;
}

/** What {@link useAutoScroll} returns. */
export interface AutoScroll {
  /** Put this on the scroll container. */
  ref: RefCallback<HTMLElement>;
  /** Whether the view is at (or within `threshold` of) the bottom. */
  isAtBottom: boolean;
  /** Scrolls to the bottom and sticks there again. */
  scrollToBottom(): void;
  /** Lets go of the bottom without scrolling, before a scroll of the app's own (to a message, say). */
  release(): void;
  /** Re-checks at once after the content changed size (see `AutoScrollController.contentChanged`). */
  contentChanged(): void;
}

/**
 * Sticks a scroll container to its bottom while content grows and lets go when the user scrolls up;
 * see `attachAutoScroll` for the exact rules. A small hook of our own rather than `use-stick-to-bottom`:
 * that package releases only from scroll direction after a timer and needs a ResizeObserver, whereas
 * this reacts to wheel, key and touch intent at once and is observable in a layout-free test DOM.
 */
export function useAutoScroll({ threshold = 8 }: AutoScrollOptions = {}): AutoScroll {
  const [isAtBottom, setIsAtBottom] = useState(true);
  const thresholdRef = useRef(threshold);
  thresholdRef.current = threshold;
  const controller = useRef<AutoScrollController | null>(null);

  const ref = useCallback<RefCallback<HTMLElement>>((element) => {
    controller.current?.detach();
    controller.current = element
      ? attachAutoScroll(element, { threshold: () => thresholdRef.current, onAtBottomChange: setIsAtBottom })
      : null;
  }, []);
  const scrollToBottom = useCallback(() => controller.current?.scrollToBottom(), []);
  const release = useCallback(() => controller.current?.release(), []);
  const contentChanged = useCallback(() => controller.current?.contentChanged(), []);
  return { ref, isAtBottom, scrollToBottom, release, contentChanged };
}
