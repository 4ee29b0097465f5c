import { describe, expect, it, vi } from 'vitest';
import type { ChatProtocol } from '../../src/protocols/ChatProtocol';
import { openAIChatProtocol } from '../../src/protocols/openai-chat/openAIChatProtocol';
import { getMessageText, type ChatMessage } from '../../src/message';
import { toOpenAIMessages } from '../../src/protocols/openai-chat/toOpenAIMessages';
import { createChatStore } from '../../src/store/createChatStore';
import { completion } from '../helpers/openaiFrames';

const conversation: ChatMessage[] = [{ id: 'u', role: 'user', parts: [{ type: 'text', text: 'hi' }], status: 'complete' }];

// In-memory fetch: the seam is about what is built and read, not the network.
const recordingFetch = (answer: string) =>
  vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => new Response(answer, { headers: { 'content-type': 'text/event-stream' } }));

describe('openAIChatProtocol', () => {
  it('builds the Chat Completions request: OpenAI messages, stream and include_usage, JSON in and SSE out', () => {
    const request = openAIChatProtocol.buildRequest(conversation, { api: '/api/chat', chatId: 'chat-1' });
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
    expect(getMessageText(store.getState().messages.at(-1)!)).toBe('ok');
  });
});

describe('the protocol option', () => {
  /** A made-up line protocol: the request is plain text, each event's data is answer text. */
  const lineProtocol: ChatProtocol = {
    name: 'lines',
    buildRequest: (messages, { api }) => ({
      url: `${api}/lines`,
      headers: { 'content-type': 'text/plain' },
      body: messages.map((message) => `${message.role}: ${getMessageText(message)}`).join('\n'),
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
    expect(store.getState().messages.at(-1)).toMatchObject({ parts: [{ type: 'text', text: 'Hello' }], status: 'complete' });
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

describe('toOpenAIMessages', () => {
  const call = (toolCallId: string, result?: unknown) => ({
    type: 'tool-call' as const,
    toolCallId,
    toolName: 'lookup',
    argumentsText: '{"q":1}',
    args: { q: 1 },
    state: 'ready' as const,
    ...(result === undefined ? {} : { result }),
  });

  it('splits an agent turn at its steps: each step is an assistant message followed by its tool results', () => {
    const turn: ChatMessage = {
      id: 'a',
      role: 'assistant',
      status: 'complete',
      parts: [
        { type: 'reasoning', text: 'not sent back' },
        { type: 'text', text: 'Looking.' },
        call('c1', { found: true }),
        call('c2', 'plain'),
        { type: 'step-start' },
        { type: 'text', text: 'Found it.' },
      ],
    };
    expect(toOpenAIMessages([...conversation, turn])).toEqual([
      { role: 'user', content: 'hi' },
      {
        role: 'assistant',
        content: 'Looking.',
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"q":1}' } },
          { id: 'c2', type: 'function', function: { name: 'lookup', arguments: '{"q":1}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'c1', content: '{"found":true}' },
      { role: 'tool', tool_call_id: 'c2', content: 'plain' },
      { role: 'assistant', content: 'Found it.' },
    ]);
  });

  it('leaves out provider-run tools and assistant messages with nothing to send', () => {
    const hosted = { ...call('ws', 'results'), providerExecuted: true as const };
    const failed: ChatMessage = { id: 'f', role: 'assistant', status: 'error', parts: [] };
    const answer: ChatMessage = { id: 'b', role: 'assistant', status: 'complete', parts: [hosted, { type: 'text', text: 'Answer.' }] };
    expect(toOpenAIMessages([failed, answer])).toEqual([{ role: 'assistant', content: 'Answer.' }]);
  });

  it('sends user files as content parts: images as image_url, text files as text, other files as file data', () => {
    const user: ChatMessage = {
      id: 'u2',
      role: 'user',
      status: 'complete',
      parts: [
        { type: 'text', text: 'Look' },
        { type: 'file', mediaType: 'image/png', data: 'iVBO' },
        { type: 'file', mediaType: 'text/plain', name: 'notes.txt', data: Buffer.from('héllo').toString('base64') },
        { type: 'file', mediaType: 'application/pdf', name: 'a.pdf', url: 'data:application/pdf;base64,JVBE' },
      ],
    };
    expect(toOpenAIMessages([user])).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Look' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBO' } },
          { type: 'text', text: 'notes.txt:\nhéllo' },
          { type: 'file', file: { filename: 'a.pdf', file_data: 'data:application/pdf;base64,JVBE' } },
        ],
      },
    ]);
  });
});
