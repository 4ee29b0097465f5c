'use client';
import type { Ref, RefCallback } from 'react';

/**
 * Joins several refs into one callback ref, so a part can keep its own handle on its element while
 * still forwarding the ref its user gave (`forwardRef` gives only one slot).
 */
export function composeRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}

/**
 * Runs the user's handler first and ours only if the user did not call `preventDefault()`, the
 * Radix convention that lets an app opt out of a part's built-in behaviour per event.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
