import { describe, expect, it } from 'vitest';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import { createEventStreamParser, DEFAULT_MAX_EVENT_BYTES } from '../../src/sse/createEventStreamParser';
import { fetchEventStream } from '../../src/sse/fetchEventStream';
import type { SseEvent } from '../../src/sse/readEventStream';
import { createChatStore } from '../../src/store/createChatStore';
import { textChunk } from '../helpers/openaiFrames';
import { openSse, sseFrame } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';

const serve = serveForEachTest();
const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text);

/** Pushes `chunks` in order; returns the events delivered and the error thrown, if any, with the chunk it came at. */
function feed(chunks: readonly string[], maxEventBytes?: number) {
  const events: SseEvent[] = [];
  const parser = createEventStreamParser((event) => events.push(event), maxEventBytes === undefined ? {} : { maxEventBytes });
  for (let index = 0; index < chunks.length; index++) {
    try {
      parser.push(bytes(chunks[index]!));
    } catch (error) {
      return { events, error, at: index };
    }
  }
  parser.end();
  return { events, error: undefined, at: -1 };
}

describe('createEventStreamParser maxEventBytes', () => {
  it('throws a protocol error while one line without a newline is still buffering, before the event completes', () => {
    const result = feed([`data: ${'x'.repeat(594)}`, 'x'.repeat(600), '\n\n'], 1000);
    expect(result.at).toBe(1);
    expect(result.error).toBeInstanceOf(ChatStreamError);
    expect(result.error).toMatchObject({ code: 'protocol', retryable: false });
    expect((result.error as Error).message).toMatch(/maxEventBytes \(1000 bytes\)/);
    expect(result.events).toEqual([]);
  });

  it('still delivers the events that ended before the oversized one in the same chunk', () => {
    const result = feed([`data: a\n\ndata: b\n\ndata: ${'x'.repeat(2000)}\n\n`], 1000);
    expect(result.error).toMatchObject({ code: 'protocol' });
    expect(result.events.map((event) => event.data)).toEqual(['a', 'b']);
  });

  it('counts every data line of an event that never gets its blank line', () => {
    const line = `data: ${'y'.repeat(93)}\n`;
    const result = feed(Array.from({ length: 20 }, () => line), 1000);
    expect(result.error).toMatchObject({ code: 'protocol' });
    // 100 bytes a line: the 11th line takes the event past 1000 bytes.
    expect(result.at).toBe(10);
  });

  it('starts counting afresh after each blank line, in every line-ending style and across chunk edges', () => {
    const event = (n: number, eol: string) => `data: ${String(n).padStart(3, '0')}${'z'.repeat(500)}${eol}${eol}`;
    const chunks: string[] = [];
    for (let n = 0; n < 30; n++) {
      const eol = ['\n', '\r', '\r\n'][n % 3]!;
      const text = event(n, eol);
      // Split some events right inside their closing blank line.
      if (n % 4 === 0) chunks.push(text.slice(0, -1), text.slice(-1));
      else chunks.push(text);
    }
    chunks.push(': ping\n\n'.repeat(500));
    const result = feed(chunks, 1000);
    expect(result.error).toBeUndefined();
    expect(result.events).toHaveLength(30);
  });

  it('caps an event at 8 MiB by default', () => {
    expect(DEFAULT_MAX_EVENT_BYTES).toBe(8 * 1024 * 1024);
    const mebibyte = 'w'.repeat(1024 * 1024);
    const result = feed(['data: ', ...Array.from({ length: 9 }, () => mebibyte)]);
    expect(result.error).toMatchObject({ code: 'protocol' });
    expect(result.at).toBe(8);
  });

  it('takes Infinity as no cap', () => {
    const result = feed([`data: ${'v'.repeat(5000)}`, '\n\n'], Infinity);
    expect(result.error).toBeUndefined();
    expect(result.events).toHaveLength(1);
  });
});

describe('maxEventBytes through fetch and the store', () => {
  it('fetchEventStream rejects a server that streams an endless line, and closes the connection', async () => {
    const s = await serve((_req, res) => {
      openSse(res);
      res.write(sseFrame('first'));
      res.write('data: ');
      const piece = 'q'.repeat(64 * 1024);
      const pump = () => {
        while (!res.destroyed && res.write(piece));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const seen: string[] = [];
    const error = await fetchEventStream(s.url, { method: 'POST', body: '{}' }, {
      maxEventBytes: 256 * 1024,
      retry: false,
      onEvent: (event) => seen.push(event.data),
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'protocol' });
    expect(seen).toEqual(['first']);
    await s.closed[0];
  });

  it('the store passes maxEventBytes on and keeps the text that arrived before the oversized event', async () => {
    const s = await serve((_req, res) => {
      openSse(res);
      res.end(textChunk('Kept') + sseFrame({ choices: [{ index: 0, delta: { content: 'x'.repeat(4000) } }] }));
    });
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false, maxEventBytes: 2048 });
    await store.send('Hi');
    expect(store.getState().error).toMatchObject({ code: 'protocol' });
    expect(store.getState().messages.at(-1)).toMatchObject({ status: 'error', parts: [{ type: 'text', text: 'Kept' }] });
  });
});
