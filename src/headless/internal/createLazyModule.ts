/** A module behind a dynamic `import()`, loaded once per page and read through `useSyncExternalStore`. */
export interface LazyModule<M> {
  /**
   * Starts the load (once) and returns it; a failed load is forgotten, so the next call tries again
   * (a chunk that failed offline, or after a deploy that removed it).
   */
  load(): Promise<M>;
  /** useSyncExternalStore subscription: a subscriber also asks for the load, so mounting requests it. */
  subscribe(listener: () => void): () => void;
  /** The module once loaded, else `undefined`. */
  get(): M | undefined;
}

/**
 * Makes the shared loader of a code-split module: every reader re-renders once when it arrives, and
 * readers that mount later have it from their first render.
 */
export function createLazyModule<M>(importModule: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const listeners = new Set<() => void>();
  const load = (): Promise<M> => {
    if (loaded) return Promise.resolve(loaded);
    loading ??= importModule().then((value) => {
      loaded = value;
      for (const listener of listeners) listener();
      return value;
    });
    loading.catch(() => void (loading = undefined));
    return loading;
  };
  return {
    load,
    subscribe(listener) {
      listeners.add(listener);
      load().catch(() => undefined);
      return () => void listeners.delete(listener);
    },
    get: () => loaded,
  };
}
