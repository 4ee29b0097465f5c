import { describe, expect, it, vi } from 'vitest';
import type { ChatProtocol } from '../../src/protocols/ChatProtocol';
import { openAIChatProtocol } from '../../src/protocols/openai-chat/openAIChatProtocol';
import type { ChatMessage } from '../../src/store/ChatMessage';
import { createChatStore } from '../../src/store/createChatStore';
import { completion } from '../helpers/openaiFrames';

const conversation: ChatMessage[] = [{ id: 'u', role: 'user', content: 'hi', status: 'complete' }];

// In-memory fetch: the seam is about what is built and read, not the network.
const recordingFetch = (answer: string) =>
  vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => new Response(answer, { headers: { 'content-type': 'text/event-stream' } }));

describe('openAIChatProtocol', () => {
  it('builds the Chat Completions request: OpenAI messages, stream and include_usage, JSON in and SSE out', () => {
    const request = openAIChatProtocol.buildRequest(conversation, { api: '/api/chat' });
    expect(request).toEqual({
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: { messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } },
    });
    expect(request.url).toBeUndefined();
  });

  it('is the store default', async () => {
    const fetch = recordingFetch(completion(['ok']).join(''));
    const store = createChatStore({ api: 'http://memory.test/chat', fetch, retry: false, initialMessages: conversation });
    await store.continue();
    expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body))).toEqual({
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(store.getState().messages.at(-1)?.content).toBe('ok');
  });
});

describe('the protocol option', () => {
  /** A made-up line protocol: the request is plain text, each event's data is answer text. */
  const lineProtocol: ChatProtocol = {
    name: 'lines',
    buildRequest: (messages, { api }) => ({
      url: `${api}/lines`,
      headers: { 'content-type': 'text/plain' },
      body: messages.map((message) => `${message.role}: ${message.content}`).join('\n'),
    }),
    createDecoder: () => ({
      decode(event, emit) {
        if (event.data === 'END') emit({ type: 'done' });
        else emit({ type: 'text', choice: 0, delta: event.data });
      },
    }),
  };

  it('builds the request and decodes the answer with the given protocol', async () => {
    const fetch = recordingFetch('data: Hel\n\ndata: lo\n\ndata: END\n\n');
    const store = createChatStore({ api: 'http://memory.test', fetch, retry: false, protocol: lineProtocol, headers: { 'x-key': 'k' } });
    await expect(store.send('hi')).resolves.toBe('complete');
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('http://memory.test/lines');
    expect(init?.body).toBe('user: hi');
    const headers = new Headers(init?.headers);
    expect([headers.get('content-type'), headers.get('x-key')]).toEqual(['text/plain', 'k']);
    expect(store.getState().messages.at(-1)).toMatchObject({ content: 'Hello', status: 'complete' });
  });

  it('merges the body option over an object body and leaves prepareRequest the last word', async () => {
    const fetch = recordingFetch(completion(['ok']).join(''));
    const store = createChatStore({
      api: 'http://memory.test/chat',
      fetch,
      retry: false,
      body: { model: 'm', stream: true },
      prepareRequest: (request) => ({ ...request, url: `${request.url}?v=2` }),
    });
    await store.send('hi');
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('http://memory.test/chat?v=2');
    expect(JSON.parse(String(init?.body))).toMatchObject({ model: 'm', stream: true, stream_options: { include_usage: true } });
  });
});
