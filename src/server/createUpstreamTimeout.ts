/**
 * The default of `upstreamTimeoutMs`, 2 minutes: longer than the client's own 60 s idle timeout, so a
 * page using this library reports the stall itself, yet bounded, so a hung upstream cannot hold the
 * server's sockets and the key's concurrency for ever. Reasoning models can think silently for a while.
 */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 120_000;

// setTimeout fires at once for delays of 2^31 ms or more; longer limits wait in steps of this size.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The upstream request's abort signal and the watch on its silences. */
export interface UpstreamTimeout {
  /** Pass to the upstream `fetch`: aborted when the browser leaves or the upstream stays silent too long. */
  readonly signal: AbortSignal;
  /** Whether the limit passed (as opposed to the browser leaving). */
  readonly timedOut: boolean;
  /** Starts timing a wait on the upstream (for its headers, or its next chunk). */
  start(): void;
  /** Stops timing: the upstream answered. */
  stop(): void;
  /**
   * The upstream body with every read timed: when a chunk takes longer than the limit, the upstream is
   * aborted, `onIdle` runs and the stream closes, keeping what was relayed. Other upstream failures error it.
   */
  guard(body: ReadableStream<Uint8Array>, onIdle: () => void, onFailure: (error: unknown) => void): ReadableStream<Uint8Array>;
}

/**
 * Creates the {@link UpstreamTimeout} of one request. `timeoutMs` of `0` or `Infinity` disables the limit;
 * the browser's `browserSignal` aborts the upstream request either way.
 */
export function createUpstreamTimeout(timeoutMs: number, browserSignal: AbortSignal): UpstreamTimeout {
  const controller = new AbortController();
  const timed = timeoutMs > 0 && timeoutMs < Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline = 0;
  let timedOut = false;

  const onBrowserAbort = () => controller.abort(browserSignal.reason);
  if (browserSignal.aborted) onBrowserAbort();
  else browserSignal.addEventListener('abort', onBrowserAbort, { once: true });

  const check = () => {
    const remaining = deadline - Date.now();
    if (remaining > 0) return void (timer = setTimeout(check, Math.min(remaining, MAX_TIMER_MS)));
    timedOut = true;
    controller.abort(new Error(`The upstream API sent nothing for ${timeoutMs} ms.`));
  };
  const stop = () => clearTimeout(timer);
  const start = () => {
    stop();
    if (!timed) return;
    deadline = Date.now() + timeoutMs;
    timer = setTimeout(check, Math.min(timeoutMs, MAX_TIMER_MS));
  };
  const release = () => {
    stop();
    browserSignal.removeEventListener('abort', onBrowserAbort);
  };

  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    start,
    stop,
    guard(body, onIdle, onFailure) {
      const reader = body.getReader();
      return new ReadableStream<Uint8Array>({
        async pull(output) {
          start();
          try {
            const { done, value } = await reader.read();
            stop();
            if (!done) return output.enqueue(value);
            release();
            output.close();
          } catch (error) {
            release();
            if (timedOut) {
              onIdle();
              return output.close();
            }
            if (!browserSignal.aborted) onFailure(error);
            output.error(error);
          }
        },
        cancel(reason) {
          release();
          controller.abort(reason);
          return reader.cancel(reason).catch(() => {});
        },
      });
    },
  };
}
