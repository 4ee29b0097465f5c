/**
 * Counts React commits in a production build. `<Profiler onRender>` is compiled out of production
 * react-dom, and the profiling build would add its own timing work to what is measured, so the page
 * stands in for React DevTools instead: react-dom reports every commit to this global hook, at the cost
 * of one function call. It must exist before react-dom's module runs, hence its own script, loaded first.
 */
/** The part of the React DevTools hook that react-dom calls, plus the count. */
export interface CommitHook {
  supportsFiber: true;
  isDisabled: false;
  renderers: Map<number, unknown>;
  commits: number;
  inject(renderer: unknown): number;
  onCommitFiberRoot(): void;
}

const hook: CommitHook = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map(),
  commits: 0,
  inject(renderer) {
    this.renderers.set(this.renderers.size + 1, renderer);
    return this.renderers.size;
  },
  onCommitFiberRoot() {
    hook.commits++;
  },
};

(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: CommitHook }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;


