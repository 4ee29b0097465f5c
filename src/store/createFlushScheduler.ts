/**
 * How often streamed deltas are published to the store:
 * - `'frame'` (default): at most once per animation frame (`requestAnimationFrame` in browsers, a 16 ms
 *   timer elsewhere), so React commits at most once per frame however fast tokens arrive;
 * - `'sync'`: after every server-sent event (tests, non-visual consumers);
 * - a number: at most once per that many milliseconds.
 */
export type FlushThrottle = 'frame' | 'sync' | number;

/** Coalesces many `schedule()` calls into one `flush` call per period. */
export interface FlushScheduler {
  /** Asks for a flush; calls made before it runs coalesce into one. */
  schedule(): void;
  /** Runs a pending flush now (used at the end of a turn, so nothing is left unpublished). */
  flushNow(): void;
  /** Drops a pending flush without running it. */
  cancel(): void;
}

const FRAME_FALLBACK_MS = 16;

/** Creates a scheduler that calls `flush` according to `throttle`. */
export function createFlushScheduler(flush: () => void, throttle: FlushThrottle = 'frame'): FlushScheduler {
  let cancelPending: (() => void) | undefined;

  const run = () => {
    cancelPending = undefined;
    flush();
  };

  const start = (): (() => void) => {
    if (throttle === 'frame' && typeof requestAnimationFrame === 'function') {
      const handle = requestAnimationFrame(run);
      return () => cancelAnimationFrame(handle);
    }
    const handle = setTimeout(run, throttle === 'frame' ? FRAME_FALLBACK_MS : Number(throttle));
    return () => clearTimeout(handle);
  };

  return {
    schedule() {
      if (throttle === 'sync') return flush();
      cancelPending ??= start();
    },
    flushNow() {
      if (cancelPending) {
        cancelPending();
        cancelPending = undefined;
      }
      flush();
    },
    cancel() {
      cancelPending?.();
      cancelPending = undefined;
    },
  };
}
