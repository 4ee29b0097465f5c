'use client';
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** What {@link useLoadOlder} watches. */
export interface LoadOlderOptions {
  /** The scroll container. */
  scrollRef: RefObject<HTMLElement | null>;
  /** Where the rows start in it (px). */
  startMargin: number;
  /** The first message's id: a new one means the older page has arrived. */
  firstId: string | undefined;
  hasOlder: boolean | undefined;
  onLoadOlder: (() => unknown) | undefined;
}

/**
 * Calls `onLoadOlder` when the view comes within one screen of the oldest row and `hasOlder` is
 * true; returns the check, for the list's scroll handler. One call at a time: the next waits until
 * the promise `onLoadOlder` returned settles, or (when it returned none) until the first row changes.
 * Reads the scroller's own `scrollTop`, not the virtualizer's last-seen offset, which is still 0 on
 * the first render, before the viewport has pinned the bottom.
 */
export function useLoadOlder({ scrollRef, startMargin, firstId, hasOlder, onLoadOlder }: LoadOlderOptions): () => void {
  const latest = useRef({ startMargin, hasOlder, onLoadOlder });
  latest.current = { startMargin, hasOlder, onLoadOlder };
  const pending = useRef(false);

  const check = useCallback(() => {
    const element = scrollRef.current;
    const { startMargin: margin, hasOlder: more, onLoadOlder: load } = latest.current;
    if (!element || !more || !load || pending.current) return;
    if (element.scrollTop - margin > element.clientHeight) return;
    pending.current = true;
    const result = load();
    if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') {
      Promise.resolve(result).then(
        () => void (pending.current = false),
        () => void (pending.current = false),
      );
    }
  }, [scrollRef]);

  useEffect(() => {
    pending.current = false;
    // A short thread, or a page that did not fill the screen, gets no scroll event to ask again.
    check();
  }, [firstId, hasOlder, check]);
  return check;
}
