'use client';
import { useSyncExternalStore } from 'react';
import type * as VirtualListModuleType from './VirtualMessageList';
import { createLazyModule } from '../internal/createLazyModule';

type VirtualListModule = typeof VirtualListModuleType;

// One load per page, shared by every list: later lists render virtualized from their first render.
// A failed chunk load leaves the bounded window on screen; the next list tries again.
const virtualList = createLazyModule<VirtualListModule>(() => import('./VirtualMessageList'));

// Rows are measured with a ResizeObserver; without one (jsdom, a server render) there is no layout
// to virtualize against, and the list renders its bounded window instead.
const canMeasure = () => typeof window !== 'undefined' && typeof ResizeObserver === 'function';

/**
 * Starts loading the virtualized list (once), where it can work; for a UI that virtualizes by default
 * (`ChatWindow`), so that its first render is usually virtualized already, without a bounded-window
 * render to swap out.
 */
export function preloadVirtualList(): Promise<VirtualListModule> | undefined {
  return canMeasure() ? virtualList.load() : undefined;
}

function subscribe(listener: () => void): () => void {
  if (!canMeasure()) return () => undefined;
  return virtualList.subscribe(listener);
}
const subscribeNone = () => () => undefined;
const getLoaded = () => (canMeasure() ? virtualList.get() : undefined);
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
