'use client';
import { useCallback, useEffect, useMemo, useRef, type RefCallback } from 'react';
import type { ViewportScroller } from '../scroll/viewportScroller';

/**
 * A ref for the box holding a virtualized list's newest row, which sits in normal flow after the
 * virtualizer rather than inside it. virtua answers every row resize with a `flushSync` re-render
 * (its store marks item resizes synchronous), so a streaming row inside it would cost a second React
 * commit in each frame it grows. Out here its growth only needs the viewport to pin again: this
 * observer tells the auto-scroll from its callback, after layout and before paint, so the newest text
 * is in view on the same frame. The list element itself is not watched by the auto-scroll (see
 * `watchContentSize`), hence an observer of its own.
 */
export function useTailRow(scroller: ViewportScroller | null): { ref: RefCallback<HTMLElement>; element(): HTMLElement | null } {
  const element = useRef<HTMLElement | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const scrollerRef = useRef(scroller);
  scrollerRef.current = scroller;

  const ref = useCallback<RefCallback<HTMLElement>>((node) => {
    observer.current?.disconnect();
    element.current = node;
    if (!node || typeof ResizeObserver !== 'function') return;
    // Border box: the row's own margin-free box is what moves the bottom of the content.
    observer.current ??= new ResizeObserver(() => scrollerRef.current?.contentChanged());
    observer.current.observe(node, { box: 'border-box' });
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return useMemo(() => ({ ref, element: () => element.current }), [ref]);
}
