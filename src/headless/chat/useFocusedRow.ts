'use client';
import { useEffect, useState, type RefObject } from 'react';

/**
 * The id of the row holding focus in a virtualized list, or `undefined`. The list keeps that row and
 * its neighbours mounted: unmounting the focused row would drop focus to the page, and a next row
 * that is not mounted would send Tab out of the list. Tracked by id, as prepending shifts indexes.
 */
export function useFocusedRow(list: RefObject<HTMLElement | null>, ids: RefObject<readonly string[]>): string | undefined {
  const [focused, setFocused] = useState<string | undefined>(undefined);
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const onFocusIn = (event: FocusEvent) => {
      const row = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-index]') : null;
      if (!row || !element.contains(row)) return;
      setFocused(ids.current[Number(row.dataset.index)]);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) setFocused(undefined);
    };
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [list, ids]);
  return focused;
}
