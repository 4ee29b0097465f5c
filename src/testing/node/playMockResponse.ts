import type { ServerResponse } from 'node:http';
import type { MockStreamPlan } from '../createMockStreamPlan';

/** Stops a playing response's timers; the connection itself is left to the caller. */
export type StopMockResponse = () => void;

/**
 * Writes a plan to a Node response over time: status and headers at once (flushed, so that the client's
 * `fetch` resolves before the first token, as with a real provider), then each chunk after its delay, then
 * the ending. `'close'` ends the response; `'drop'` ends the socket mid-body without the chunked
 * terminator, once the bytes before it are out, then destroys it, which the client sees as a network
 * failure; `'stall'` writes nothing more. `onDrop` is called just before a drop, so the caller can tell
 * the resulting `close` from a client disconnect.
 *
 * Zero delays are written in a loop rather than by recursion, so a long answer at `Infinity` tokens per
 * second does not grow the stack.
 */
export function playMockResponse(plan: MockStreamPlan, res: ServerResponse, onDrop: () => void): StopMockResponse {
  let index = 0;
  let waited = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const wait = (ms: number): void => {
    waited = true;
    timer = setTimeout(step, ms);
  };

  function finish(): void {
    if (plan.end === 'close') {
      res.end();
      return;
    }
    if (plan.end === 'stall') return;
    onDrop();
    const socket = res.socket;
    if (socket === null) return;
    // `end` first: `destroy` alone would discard bytes still buffered, and the drop must come after them.
    socket.end(() => socket.destroy());
  }

  function step(): void {
    timer = undefined;
    if (stopped) return;
    while (index < plan.chunks.length) {
      const chunk = plan.chunks[index];
      if (chunk === undefined) break;
      if (!waited && chunk.delayMs > 0) return wait(chunk.delayMs);
      waited = false;
      index++;
      res.write(chunk.bytes);
    }
    if (!waited && plan.endDelayMs > 0 && plan.end !== 'stall') return wait(plan.endDelayMs);
    finish();
  }

  res.writeHead(plan.status, plan.headers);
  res.flushHeaders();
  step();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
