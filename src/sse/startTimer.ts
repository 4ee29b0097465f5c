/**
 * The longest delay `setTimeout` honours (2^31 − 1 ms, about 24.8 days). Browsers and Node treat a
 * larger delay as 1 ms, so an unclamped "very long" timeout would fire at once.
 */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * Reads a timeout option by the one rule every timeout of react-chat-stream follows: `0`, a negative
 * number, `NaN` or `Infinity` means "no timeout" (`undefined`); any other value is clamped to
 * {@link MAX_TIMER_MS}.
 */
export function resolveTimeoutMs(ms: number | undefined): number | undefined {
  if (ms === undefined || !(ms > 0) || ms === Infinity) return undefined;
  return clampDelayMs(ms);
}

/** A plain wait's delay made safe for `setTimeout`: within `[0, MAX_TIMER_MS]`, `NaN` as 0. */
export function clampDelayMs(ms: number): number {
  return ms > 0 ? Math.min(ms, MAX_TIMER_MS) : 0;
}

/**
 * Calls `onTimeout` once after `ms` milliseconds, read by {@link resolveTimeoutMs}; a disabled timeout
 * starts no timer. Returns a function that cancels it, safe to call more than once or after it fired.
 * Every timer of the transport goes through here, so the clamp can never differ between two of them.
 */
export function startTimer(ms: number | undefined, onTimeout: () => void): () => void {
  const delay = resolveTimeoutMs(ms);
  if (delay === undefined) return noop;
  const handle = setTimeout(onTimeout, delay);
  return () => clearTimeout(handle);
}

const noop = (): void => undefined;
