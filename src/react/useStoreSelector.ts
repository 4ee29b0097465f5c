'use client';
import { useRef, useSyncExternalStore } from 'react';

/** Decides whether two selected values are the same, so that a component can skip rendering. */
export type EqualityFn<T> = (a: T, b: T) => boolean;

/** What {@link useStoreSelector} reads: a snapshot and change notifications, as a `ChatStore` has. */
export interface SubscribableStore<S> {
  /** The current snapshot; a new object after each change. */
  getState(): S;
  /** Calls `listener` after each change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

interface Cache<S, T> {
  state: S;
  selector: (state: S) => T;
  value: T;
}

/**
 * Subscribes to the part of a vanilla store that `selector` picks. The selected value is cached per
 * store state, and a new value equal (by `isEqual`) to the previous one keeps the previous identity,
 * so `useSyncExternalStore` sees no change and React skips the render.
 */
export function useStoreSelector<S, T>(
  store: SubscribableStore<S>,
  selector: (state: S) => T,
  isEqual: EqualityFn<T> = Object.is,
): T {
  const cache = useRef<Cache<S, T> | null>(null);
  const getSnapshot = (): T => {
    const state = store.getState();
    const previous = cache.current;
    if (previous && previous.state === state && previous.selector === selector) return previous.value;
    const next = selector(state);
    const value = previous && isEqual(previous.value, next) ? previous.value : next;
    cache.current = { state, selector, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
