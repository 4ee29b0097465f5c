import { describe, expect, it, vi } from 'vitest';
import { getMessageText, getToolCalls } from '../../src/message';
import type { StreamDecoder } from '../../src/protocols/StreamDecoder';
import type { ChatMessage } from '../../src/message';
import { createChatTurn } from '../../src/store/createChatTurn';
import { runChatTurn } from '../../src/store/runChatTurn';
import { decodeBytes, readFixtureBytes, splitAt, streamOf } from '../core/decodeBytes';
import { completion } from '../helpers/openaiFrames';

// The whole turn without a socket: `fetch` answers from memory with a ReadableStream body.
const base = (): ChatMessage => ({ id: 'turn', role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: 0 } } });
const encoder = new TextEncoder();
const sse = (chunks: readonly Uint8Array[]) =>
  new Response(streamOf(chunks), { headers: { 'content-type': 'text/event-stream' } });
const history: ChatMessage[] = [{ id: 'u', role: 'user', parts: [{ type: 'text', text: 'hi' }], status: 'complete' }];

async function run(fetch: typeof globalThis.fetch, signal = new AbortController().signal) {
  const turn = createChatTurn({ message: base(), now: () => 0 });
  return runChatTurn(turn, { options: { api: 'http://memory.test/v1', fetch, retry: false }, history, chatId: 'chat', signal });
}

/** A decoder that holds every text delta back until `flush`, as a decoder that buffers a partial frame does. */
const holdingDecoder = (): StreamDecoder => {
  let held = '';
  return {
    decode(event) {
      held += event.data;
    },
    flush(emit) {
      emit({ type: 'text', choice: 0, delta: held });
      emit({ type: 'done' });
    },
  };
};

describe('runChatTurn from bytes', () => {
  it('builds the same message from a fixture as the synchronous decode path, however the body is cut', async () => {
    const bytes = readFixtureBytes('openai-chat/parallel-tool-calls-usage.sse');
    const expected = decodeBytes([bytes]);
    const cuts = [7, 100, 101, 555, 1200];
    const message = await run(async () => sse(splitAt(bytes, cuts)));
    expect(message.status).toBe('complete');
    expect({ ...message, id: expected.id }).toEqual(expected);
    expect(getToolCalls(message)?.length).toBeGreaterThan(1);
  });

  it('sends the request it built to fetch', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => sse([encoder.encode(completion(['ok']).join(''))]));
    const message = await run(fetch);
    expect(getMessageText(message)).toBe('ok');
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('http://memory.test/v1');
    expect(JSON.parse(String(init?.body))).toMatchObject({ stream: true, messages: [{ role: 'user', content: 'hi' }] });
  });

  it('decodes an answer the server sent whole', async () => {
    const body = { id: 'c', object: 'chat.completion', model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'whole' }, finish_reason: 'stop' }] };
    const message = await run(async () => Response.json(body));
    expect(message).toMatchObject({ status: 'complete', parts: [{ type: 'text', text: 'whole' }], metadata: { streamed: false } });
  });

  it('ends with the typed error of a failed response, keeping nothing it did not receive', async () => {
    const message = await run(async () => new Response('nope', { status: 500 }));
    expect(message.status).toBe('error');
    expect(message.metadata?.error?.code).toBe('http');
    expect(getMessageText(message)).toBe('');
  });

  it('ends stopped when its signal is aborted mid-stream', async () => {
    const controller = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(encoder.encode(completion(['part']).slice(0, 1).join('')));
        queueMicrotask(() => controller.abort());
      },
    });
    const message = await run(async () => new Response(body, { headers: { 'content-type': 'text/event-stream' } }), controller.signal);
    expect(message.status).toBe('stopped');
  });
});

describe('createChatTurn', () => {
  it("lets the decoder emit what it held back when the body ended normally", () => {
    const turn = createChatTurn({ message: base(), decoder: holdingDecoder });
    turn.decodeEvent({ data: 'held ', event: undefined, id: undefined });
    turn.decodeEvent({ data: 'text', event: undefined, id: undefined });
    expect(turn.finish()).toMatchObject({ status: 'complete', parts: [{ type: 'text', text: 'held text' }] });
  });

  it('does not flush the decoder of a stopped turn: it keeps exactly what was published', () => {
    const turn = createChatTurn({ message: base(), decoder: holdingDecoder });
    turn.decodeEvent({ data: 'held', event: undefined, id: undefined });
    expect(turn.finish({ stopped: true })).toMatchObject({ status: 'stopped', parts: [] });
  });

  it('turns a throwing decoder flush into a protocol error on the message', () => {
    const turn = createChatTurn({
      message: base(),
      decoder: () => ({
        decode() {},
        flush() {
          throw new Error('half a frame');
        },
      }),
    });
    const message = turn.finish();
    expect(message.status).toBe('error');
    expect(message.metadata?.error).toMatchObject({ code: 'protocol', message: 'half a frame' });
  });

  it("publishes a new message object per event with the 'sync' throttle, nothing before the first", () => {
    const updates: ChatMessage[] = [];
    const turn = createChatTurn({ message: base(), throttle: 'sync', onUpdate: (message) => updates.push(message) });
    turn.flush();
    expect(updates).toEqual([]);
    const frames = completion(['a', 'b']).slice(0, 2);
    for (const frame of frames) turn.decodeEvent({ data: frame.replace(/^data: /, '').trim(), event: undefined, id: undefined });
    expect(updates.map((message) => getMessageText(message))).toEqual(['a', 'ab']);
    expect(updates[0]).not.toBe(updates[1]);
    expect(getMessageText(turn.finish())).toBe('ab');
  });
});
