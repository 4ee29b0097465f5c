'use client';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefCallback, type RefObject } from 'react';
import type { ViewportScroller } from '../scroll/viewportScroller';

/** What {@link useTailRow} returns. */
export interface TailRow {
  /** For the box holding the newest row. */
  ref: RefCallback<HTMLElement>;
  element(): HTMLElement | null;
  /** Moves focus carried out of the previous newest row onto its copy in the virtualizer, once shown. */
  restoreFocus(): void;
}

const childPath = (root: Element, node: Element): number[] => {
  const path: number[] = [];
  for (let at = node; at !== root && at.parentElement; at = at.parentElement) path.unshift(Array.prototype.indexOf.call(at.parentElement.children, at));
  return path;
};

/**
 * The box holding a virtualized list's newest row, in normal flow after the virtualizer rather than
 * inside it. virtua answers every row resize with a `flushSync` re-render (its store marks item
 * resizes synchronous), so a streaming row inside it would cost a second React commit in each frame
 * it grows. Out here its growth only needs the viewport to pin again: this observer tells the
 * auto-scroll from its callback, after layout and before paint, so the newest text is in view on the
 * same frame (the list element itself is not watched by the auto-scroll, see `watchContentSize`).
 * When a message is appended, the previous newest row remounts inside the virtualizer; focus inside
 * it is carried over to the same element there, as it would otherwise drop to the page.
 */
export function useTailRow(scroller: ViewportScroller | null, list: RefObject<HTMLElement | null>, ids: RefObject<readonly string[]>): TailRow {
  const element = useRef<HTMLElement | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const scrollerRef = useRef(scroller);
  scrollerRef.current = scroller;

  // Read while rendering, as the DOM still holds the old row; the commit removes it.
  const tailId = ids.current.at(-1);
  const shown = useRef(tailId);
  const carried = useRef<{ id: string; path: number[] } | null>(null);
  if (shown.current !== tailId) {
    const active = typeof document === 'undefined' ? null : document.activeElement;
    const box = element.current;
    if (shown.current !== undefined && box && active && active !== box && box.contains(active)) carried.current = { id: shown.current, path: childPath(box, active) };
    shown.current = tailId;
  }

  const ref = useCallback<RefCallback<HTMLElement>>((node) => {
    observer.current?.disconnect();
    element.current = node;
    if (!node || typeof ResizeObserver !== 'function') return;
    observer.current ??= new ResizeObserver(() => scrollerRef.current?.contentChanged());
    observer.current.observe(node, { box: 'border-box' });
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);

  // The copy is hidden until virtua has measured it, and hidden elements take no focus: tried again
  // after each measurement until it takes, or until focus has gone somewhere else.
  const restoreFocus = useCallback(() => {
    const saved = carried.current;
    if (!saved) return;
    const active = document.activeElement;
    if (active && active !== document.body) {
      carried.current = null;
      return;
    }
    let node: Element | null | undefined = list.current?.querySelector(`[data-rows] > [data-index="${ids.current.indexOf(saved.id)}"]`);
    for (const step of saved.path) node = node?.children[step];
    if (!(node instanceof HTMLElement)) return;
    node.focus({ preventScroll: true });
    if (document.activeElement === node) carried.current = null;
  }, [list, ids]);
  useLayoutEffect(restoreFocus, [tailId, restoreFocus]);

  return useMemo(() => ({ ref, element: () => element.current, restoreFocus }), [ref, restoreFocus]);
}
