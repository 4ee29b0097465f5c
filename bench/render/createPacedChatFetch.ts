import { createMockChatFetch } from '../../src/testing/createMockChatFetch';
import { createMockStreamPlan } from '../../src/testing/createMockStreamPlan';
import type { MockScenario } from '../../src/testing/MockScenario';
import type { MockWireFormat } from '../../src/testing/formats/MockWireFormat';

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}

// Releases chunk i at `due[i]` ms after the body starts; chunks that fell due together (the page
// was busy) come out as one read, as a socket's buffered bytes do.
function pacedBody(chunks: Uint8Array[], due: number[]): ReadableStream<Uint8Array> {
  const channel = new MessageChannel();
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    channel.port1.close();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const startedAt = performance.now();
      const release = () => {
        const now = performance.now() - startedAt;
        let end = next;
        while (end < chunks.length && due[end]! <= now) end++;
        if (end > next) controller.enqueue(concat(chunks.slice(next, end)));
        next = end;
        if (next === chunks.length) {
          stop();
          controller.close();
          return;
        }
        // A timer set from a message task is not nested in the previous timer, so Chromium does not
        // clamp it to 4 ms (the clamp alone would halve a 500 tokens/s stream). Rounded up: timers
        // count whole milliseconds, and one that fires early would only re-arm, at a task's cost.
        timer = setTimeout(() => channel.port2.postMessage(null), Math.max(1, Math.ceil(due[next]! - now)));
      };
      channel.port1.onmessage = release;
      release();
    },
    cancel: stop,
  });
}

/**
 * `createMockChatFetch`'s bytes, played on a wall clock. The mock waits its token interval after each
 * chunk is read, so a page busy for 30 ms also slows the stream by 30 ms (and Chromium's 4 ms clamp
 * on nested timers caps it near 250 tokens/s): a slow page would get a slower stream and more frames
 * per token than a fast one. A server writes at its own pace whatever the page does, so here the mock
 * runs at full speed and its chunks are released at the times of its own plan for `scenario`, in
 * `format` (the same tokens at the same times whatever the format, so that `useChat` gets the AI SDK's
 * UI message stream at the pace our pages get Chat Completions).
 */
export function createPacedChatFetch(scenario: MockScenario, format: MockWireFormat = 'openai-chat'): typeof globalThis.fetch {
  let at = 0;
  const due = createMockStreamPlan(scenario, undefined, format).chunks.map((chunk) => (at += chunk.delayMs));
  const mock = createMockChatFetch({ ...scenario, tokensPerSecond: Infinity }, { format });
  return async (input, init) => {
    const response = await mock(input, init);
    const chunks: Uint8Array[] = [];
    const reader = response.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
    if (chunks.length !== due.length) throw new Error(`render bench: the mock sent ${chunks.length} chunks, its plan has ${due.length}`);
    return new Response(pacedBody(chunks, due), { status: response.status, headers: response.headers });
  };
}
