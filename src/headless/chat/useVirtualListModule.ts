'use client';
import { useSyncExternalStore } from 'react';
import type * as VirtualListModuleType from './VirtualMessageList';

type VirtualListModule = typeof VirtualListModuleType;

// One load per page, shared by every list: later lists render virtualized from their first render.
let loaded: VirtualListModule | undefined;
let loading: Promise<VirtualListModule> | undefined;
const listeners = new Set<() => void>();

// Rows are measured with a ResizeObserver; without one (jsdom, a server render) there is no layout
// to virtualize against, and the list renders its bounded window instead.
const canMeasure = () => typeof window !== 'undefined' && typeof ResizeObserver === 'function';

/**
 * Starts loading the virtualized list (once), where it can work; for a UI that virtualizes by default
 * (`ChatWindow`), so that its first render is usually virtualized already, without a bounded-window
 * render to swap out.
 */
export function preloadVirtualList(): Promise<VirtualListModule> | undefined {
  if (loaded) return Promise.resolve(loaded);
  if (!canMeasure()) return undefined;
  loading ??= import('./VirtualMessageList').then((value) => {
    loaded = value;
    for (const listener of listeners) listener();
    return value;
  });
  // A failed chunk load (offline, a deploy that removed it) leaves the bounded window on screen; the
  // promise is forgotten so that the next list tries again.
  loading.catch(() => void (loading = undefined));
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void preloadVirtualList();
  return () => void listeners.delete(listener);
}
const subscribeNone = () => () => undefined;
const getLoaded = () => (canMeasure() ? loaded : undefined);
// A server render has no virtualizer, so hydration starts from the bounded window as well; React then
// moves to the loaded module without a mismatch.
const getServerLoaded = () => undefined;

/**
 * The virtualized list's module, or `undefined` until it has loaded (or where it cannot work). It is
 * behind a dynamic `import()` so the virtualizer is not in the headless entry: apps that never turn
 * `virtualize` on do not download it, and those that do load it once, on first use.
 */
export function useVirtualListModule(enabled: boolean): VirtualListModule | undefined {
  const module = useSyncExternalStore(enabled ? subscribe : subscribeNone, getLoaded, getServerLoaded);
  return enabled ? module : undefined;
}
