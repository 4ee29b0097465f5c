'use client';
import { useEffect, useState } from 'react';
import type * as VirtualListModuleType from './VirtualMessageList';

type VirtualListModule = typeof VirtualListModuleType;

// One load per page, shared by every list: later lists render virtualized from their first render.
let loaded: VirtualListModule | undefined;
let loading: Promise<VirtualListModule> | undefined;

// Rows are measured with a ResizeObserver; without one (jsdom, a server render) there is no layout
// to virtualize against, and the list renders its bounded window instead.
const canMeasure = () => typeof window !== 'undefined' && typeof ResizeObserver === 'function';

/**
 * The virtualized list's module, or `undefined` until it has loaded (or where it cannot work). It is
 * behind a dynamic `import()` so the virtualizer is not in the headless entry: apps that never turn
 * `virtualize` on do not download it, and those that do load it once, on first use.
 */
export function useVirtualListModule(enabled: boolean): VirtualListModule | undefined {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (!enabled || module || !canMeasure()) return;
    let live = true;
    loading ??= import('./VirtualMessageList').then((value) => (loaded = value));
    loading.then(
      (value) => live && setModule(value),
      // A failed chunk load (offline, a deploy that removed it) leaves the bounded window on screen;
      // forget the promise so the next list tries again.
      () => void (loading = undefined),
    );
    return () => void (live = false);
  }, [enabled, module]);
  return enabled && canMeasure() ? module : undefined;
}
