import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import { readEventStream } from '../../src/sse/readEventStream';
import type { SseEvent } from '../../src/sse/readEventStream';

const encoder = new TextEncoder();

interface FakeBody {
  stream: ReadableStream<Uint8Array>;
  /** The reason passed to `cancel`, once the reader cancelled the body. */
  cancelled: unknown[];
  /** Log of reads served, interleaved by tests with the events they saw. */
  log: string[];
}

/** A body that serves one chunk per read, then ends (or errors with `error`, or stalls with `stall`). */
function fakeBody(chunks: Array<string | Uint8Array>, end: { error?: unknown; stall?: boolean } = {}): FakeBody {
  const queue = chunks.map((chunk) => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk));
  const cancelled: unknown[] = [];
  const log: string[] = [];
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = queue.shift();
        if (chunk !== undefined) {
          log.push('read');
          controller.enqueue(chunk);
        } else if (end.error !== undefined) controller.error(end.error);
        else if (end.stall !== true) controller.close();
      },
      cancel(reason) {
        cancelled.push(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, cancelled, log };
}

async function collect(chunks: Array<string | Uint8Array>): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  await readEventStream(fakeBody(chunks).stream, { onEvent: (event) => events.push(event) });
  return events;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('readEventStream framing', () => {
  it('delivers each event as soon as its chunk is read, before reading further', async () => {
    const body = fakeBody(['data: a\n\n', 'data: b\n\n', 'data: c\n\n']);
    await readEventStream(body.stream, { onEvent: (event) => body.log.push(`event ${event.data}`) });
    expect(body.log).toEqual(['read', 'event a', 'read', 'event b', 'read', 'event c']);
  });

  it('yields the same events however the bytes are split, for every line ending, with multi-byte text and a BOM', async () => {
    const line = fc.string({ unit: 'grapheme', maxLength: 12 }).map((text) => text.replace(/[\r\n]/g, ''));
    const event = fc.record({
      lines: fc.array(line, { minLength: 1, maxLength: 3 }),
      event: fc.option(fc.stringMatching(/^[a-z]{1,8}$/), { nil: undefined }),
      comment: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (events, eol, bom, cuts) => {
          let text = bom ? '\uFEFF' : '';
          for (const item of events) {
            if (item.comment) text += `: keep-alive${eol}`;
            if (item.event !== undefined) text += `event: ${item.event}${eol}`;
            for (const value of item.lines) text += `data: ${value}${eol}`;
            text += eol;
          }
          const bytes = encoder.encode(text);
          const points = [...new Set(cuts.map((cut) => cut % bytes.length))].sort((a, b) => a - b);
          const chunks = [0, ...points].map((start, i) => bytes.slice(start, points[i] ?? bytes.length));
          const expected = events.map((item) => ({ id: undefined, event: item.event, data: item.lines.join('\n') }));
          expect(await collect(chunks.filter((chunk) => chunk.length > 0))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('strips a BOM split across chunks', async () => {
    const bytes = encoder.encode('\uFEFFdata: x\n\n');
    expect(await collect([bytes.slice(0, 1), bytes.slice(1, 2), bytes.slice(2)])).toEqual([
      { id: undefined, event: undefined, data: 'x' },
    ]);
  });

  it('ignores unknown fields and invalid retry values, keeping the event', async () => {
    const events = await collect(['foo: bar\nretry: soon\nid: 7\ndata: kept\n\n']);
    expect(events).toEqual([{ id: '7', event: undefined, data: 'kept' }]);
  });

  it('delivers a last event whose lines are complete but whose closing blank line never came', async () => {
    expect(await collect(['data: whole\n\n', 'data: [DONE]\n'])).toEqual([
      { id: undefined, event: undefined, data: 'whole' },
      { id: undefined, event: undefined, data: '[DONE]' },
    ]);
    expect(await collect(['data: whole\n\n', 'data: [DONE]\r'])).toEqual([
      { id: undefined, event: undefined, data: 'whole' },
      { id: undefined, event: undefined, data: '[DONE]' },
    ]);
  });

  it('drops a last event cut inside a line, so a truncated frame never looks whole', async () => {
    expect(await collect(['data: whole\n\n', 'data: {"cut'])).toEqual([{ id: undefined, event: undefined, data: 'whole' }]);
    expect(await collect(['data: whole\n\n', 'data: first line\ndata: {"cut'])).toEqual([
      { id: undefined, event: undefined, data: 'whole' },
    ]);
  });

  it('treats a CR at the very end of the body as a complete line break', async () => {
    expect(await collect(['data: last\r', '\r'])).toEqual([{ id: undefined, event: undefined, data: 'last' }]);
  });

  it('replaces a multi-byte character truncated by the end of the body instead of losing the event before it', async () => {
    const bytes = encoder.encode('data: ok\n\ndata: é');
    expect(await collect([bytes.slice(0, -1)])).toEqual([{ id: undefined, event: undefined, data: 'ok' }]);
  });
});

describe('readEventStream failures', () => {
  it('wraps an error thrown by onEvent as protocol, keeps it as cause, and cancels the body', async () => {
    const body = fakeBody(['data: a\n\n', 'data: b\n\n']);
    const thrown = new SyntaxError('bad json');
    const error = await readEventStream(body.stream, {
      onEvent: () => {
        throw thrown;
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatStreamError);
    expect(error).toMatchObject({ code: 'protocol', cause: thrown });
    expect(body.cancelled).toHaveLength(1);
  });

  it('rethrows a ChatStreamError from onEvent as is', async () => {
    const thrown = new ChatStreamError('server', 'overloaded');
    const error = await readEventStream(fakeBody(['data: a\n\n']).stream, {
      onEvent: () => {
        throw thrown;
      },
    }).catch((e: unknown) => e);
    expect(error).toBe(thrown);
  });

  it('stops delivering events once onEvent aborts, even those in the same chunk', async () => {
    const body = fakeBody(['data: a\n\ndata: b\n\n', 'data: c\n\n']);
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await readEventStream(body.stream, {
      signal: controller.signal,
      onEvent: (event) => {
        seen.push(event.data);
        controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(seen).toEqual(['a']);
    expect(error).toMatchObject({ code: 'aborted', retryable: false });
    expect(body.cancelled).toHaveLength(1);
  });

  it('rejects at once with aborted when the signal already fired, delivering nothing', async () => {
    const body = fakeBody(['data: a\n\n']);
    const onEvent = vi.fn();
    const error = await readEventStream(body.stream, { onEvent, signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'aborted' });
    expect(onEvent).not.toHaveBeenCalled();
    expect(body.cancelled).toHaveLength(1);
  });

  it('reports an AbortSignal.timeout() deadline as timeout, not as a deliberate abort', async () => {
    const reason = new DOMException('deadline', 'TimeoutError');
    const error = await readEventStream(fakeBody([], { stall: true }).stream, {
      onEvent: vi.fn(),
      signal: AbortSignal.abort(reason),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout', cause: reason });
  });

  it('reports a body that errors mid-stream as a retryable network error with the cause', async () => {
    const cause = new TypeError('terminated', { cause: new Error('other side closed') });
    const seen: string[] = [];
    const error = await readEventStream(fakeBody(['data: a\n\n'], { error: cause }).stream, {
      onEvent: (event) => seen.push(event.data),
    }).catch((e: unknown) => e);
    expect(seen).toEqual(['a']);
    expect(error).toMatchObject({ code: 'network', retryable: true, cause });
    expect((error as Error).message).toContain('other side closed');
  });

  it('times out a stalled body and cancels it with the timeout error', async () => {
    const body = fakeBody(['data: a\n\n'], { stall: true });
    const error = await readEventStream(body.stream, { onEvent: vi.fn(), idleTimeoutMs: 30 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    expect(body.cancelled).toEqual([error]);
  });

  it('measures the idle timeout from the last chunk, not from the start', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    let push!: (text: string) => void;
    let close!: () => void;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (text) => controller.enqueue(encoder.encode(text));
        close = () => controller.close();
      },
    });
    const seen: string[] = [];
    const done = readEventStream(stream, { onEvent: (event) => seen.push(event.data), idleTimeoutMs: 100 });
    for (const data of ['a', 'b', 'c', 'd']) {
      await vi.advanceTimersByTimeAsync(80);
      push(`data: ${data}\n\n`);
    }
    await vi.advanceTimersByTimeAsync(80);
    close();
    await expect(done).resolves.toBeUndefined();
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never times out when idleTimeoutMs is 0 or Infinity', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    for (const idleTimeoutMs of [0, Infinity]) {
      let close!: () => void;
      const stream = new ReadableStream<Uint8Array>({ start: (controller) => void (close = () => controller.close()) });
      const done = readEventStream(stream, { onEvent: vi.fn(), idleTimeoutMs });
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(vi.getTimerCount()).toBe(0);
      close();
      await expect(done).resolves.toBeUndefined();
    }
  });
});
