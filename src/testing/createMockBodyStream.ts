import type { MockStreamPlan } from './createMockStreamPlan';

/** The reason an aborted request fails with, as `fetch` reports it. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** What `fetch` errors a body with when the connection dies mid-stream (undici's wording). */
function createDropError(): TypeError {
  return new TypeError('terminated', { cause: new Error('other side closed') });
}

/**
 * Plays a plan's chunks as a response body. Pull-based: a chunk is produced only when the reader asks,
 * after its delay, so nothing is queued ahead of the reader and a drop errors the stream only after every
 * earlier byte was read (erroring a stream discards what is still queued).
 *
 * `signal` aborting (or the reader cancelling) clears the pending timer at once, so a stalled or slow
 * mock never keeps the process alive; abort errors the stream with the signal's reason, like `fetch`.
 */
export function createMockBodyStream(plan: MockStreamPlan, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | undefined;
  let onAbort: (() => void) | undefined;
  let stopped = false;

  const stop = (): void => {
    stopped = true;
    clearTimeout(timer);
    timer = undefined;
    if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
    wake?.();
    wake = undefined;
  };
  // Resolves after `ms` (at once for 0), or when stopped; `forever` waits for the stop only.
  const wait = (ms: number, forever = false): Promise<void> | undefined => {
    if (ms <= 0 && !forever) return undefined;
    return new Promise((resolve) => {
      wake = resolve;
      if (!forever) timer = setTimeout(() => {
        wake = undefined;
        resolve();
      }, ms);
    });
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (signal === undefined) return;
        onAbort = () => {
          stop();
          controller.error(abortReason(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      },
      async pull(controller) {
        const chunk = plan.chunks[next];
        if (chunk !== undefined) {
          await wait(chunk.delayMs);
          if (stopped) return;
          next++;
          controller.enqueue(chunk.bytes);
          return;
        }
        await wait(plan.endDelayMs, plan.end === 'stall');
        if (stopped) return;
        stop();
        if (plan.end === 'drop') controller.error(createDropError());
        else controller.close();
      },
      cancel() {
        stop();
      },
    },
    // Zero high-water mark: pull only on a read, so a drop never discards bytes queued in advance.
    { highWaterMark: 0 },
  );
}
