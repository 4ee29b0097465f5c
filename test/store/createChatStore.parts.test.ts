import { describe, expect, it, vi } from 'vitest';
import type { ChatProtocol, StreamPart } from '../../src/protocols';
import { createChatStore } from '../../src/store/createChatStore';
import { completion } from '../helpers/openaiFrames';

// In-memory fetch: these tests are about what the store keeps and sends, not about the network.
const answering = (body: string) =>
  vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => new Response(body, { headers: { 'content-type': 'text/event-stream' } }));

const sentBody = (fetch: ReturnType<typeof answering>, index = 0) => JSON.parse(String(fetch.mock.calls[index]![1]?.body)) as Record<string, unknown>;

/** A protocol whose events carry StreamParts as JSON, and whose request shows what the store gave it. */
const partsProtocol: ChatProtocol = {
  name: 'parts',
  buildRequest: (messages, { chatId, state }) => ({ headers: { 'content-type': 'application/json' }, body: { chatId, state, messages } }),
  createDecoder: (context) => ({
    decode(event, emit) {
      if (event.data === 'context') emit({ type: 'data', choice: 0, name: 'context', data: context ?? null });
      else emit(JSON.parse(event.data) as StreamPart);
    },
  }),
};
const frames = (...parts: Array<object | string>) => parts.map((part) => `data: ${typeof part === 'string' ? part : JSON.stringify(part)}\n\n`).join('');

describe('createChatStore on the parts model', () => {
  it('sends text and files as one user message of parts; blank text with files is still a message', async () => {
    const fetch = answering(completion(['ok']).join(''));
    const store = createChatStore({ api: 'http://memory.test', fetch, retry: false });
    const image = { type: 'file' as const, mediaType: 'image/png', name: 'a.png', data: 'iVBO' };
    await store.send({ text: 'What is this?', files: [image] });
    await store.send({ text: ' ', files: [image] });
    const [first, , second] = store.getState().messages;
    expect(first?.parts).toEqual([{ type: 'text', text: 'What is this?' }, image]);
    expect(second?.parts).toEqual([{ type: 'text', text: ' ' }, image]);
    expect((sentBody(fetch).messages as unknown[])[0]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBO' } },
      ],
    });
    await expect(store.send({ text: '  ' })).resolves.toBe('ignored');
  });

  it('edit() keeps the files of the edited message', async () => {
    const fetch = answering(completion(['ok']).join(''));
    const store = createChatStore({ api: 'http://memory.test', fetch, retry: false });
    const pdf = { type: 'file' as const, mediaType: 'application/pdf', url: 'https://files.example/a.pdf' };
    await store.send({ text: 'Summarize', files: [pdf] });
    await store.edit(store.getState().messages[0]!.id, 'Summarize briefly');
    expect(store.getState().messages[0]?.parts).toEqual([{ type: 'text', text: 'Summarize briefly' }, pdf]);
  });

  it('keeps the agent state a stream sets, gives it to the next decoder and request, and clears it with clear()', async () => {
    const fetch = answering(frames({ type: 'state', state: { step: 1 } }, 'context', { type: 'text', choice: 0, delta: 'hi' }, { type: 'done' }));
    const store = createChatStore({ api: 'http://memory.test', fetch, retry: false, protocol: partsProtocol, id: 'chat-7', throttle: 'sync' });
    expect(store.getState().agentState).toBeUndefined();
    await store.send('one');
    expect(store.getState().agentState).toEqual({ step: 1 });
    expect(sentBody(fetch, 0)).toMatchObject({ chatId: 'chat-7' });
    expect(sentBody(fetch, 0)).not.toHaveProperty('state');
    await store.send('two');
    expect(sentBody(fetch, 1)).toMatchObject({ chatId: 'chat-7', state: { step: 1 } });
    // The second response's decoder started from the state the first one left.
    expect(store.getState().messages.at(-1)?.parts[0]).toEqual({ type: 'data', name: 'context', data: { state: { step: 1 } } });
    store.clear();
    expect(store.getState().agentState).toBeUndefined();
  });

  it('draws one chat id for the store when none is given, the same on every request', async () => {
    const fetch = answering(frames({ type: 'done' }));
    const store = createChatStore({ api: 'http://memory.test', fetch, retry: false, protocol: partsProtocol });
    await store.send('a');
    await store.send('b');
    const ids = [sentBody(fetch, 0).chatId, sentBody(fetch, 1).chatId];
    expect(ids[0]).toEqual(expect.stringMatching(/^chat_/));
    expect(ids[1]).toBe(ids[0]);
  });

  it('hands transient data to onData without storing it, and a throwing onData does not break the turn', async () => {
    const seen: unknown[] = [];
    const fetch = answering(frames({ type: 'data', choice: 0, name: 'toast', data: 'saved', transient: true }, { type: 'text', choice: 0, delta: 'done' }, { type: 'done' }));
    const store = createChatStore({
      api: 'http://memory.test',
      fetch,
      retry: false,
      protocol: partsProtocol,
      onData(part) {
        seen.push(part.data);
        throw new Error('app bug');
      },
    });
    const thrown = new Promise((resolve) => process.once('uncaughtException', resolve));
    await expect(store.send('go')).resolves.toBe('complete');
    expect(seen).toEqual(['saved']);
    expect(store.getState().messages.at(-1)?.parts).toEqual([{ type: 'text', text: 'done' }]);
    await expect(thrown).resolves.toMatchObject({ message: 'app bug' });
  });

  it('does not call onToolCall for calls that already have a result or that the provider ran', async () => {
    const onToolCall = vi.fn();
    const fetch = answering(
      frames(
        { type: 'tool-call', choice: 0, index: 0, id: 'hosted', name: 'web_search', argumentsDelta: '{}', providerExecuted: true, end: true },
        { type: 'tool-call', choice: 0, index: 1, id: 'done', name: 'f', argumentsDelta: '{}', end: true },
        { type: 'tool-result', choice: 0, toolCallId: 'done', result: 1 },
        { type: 'tool-call', choice: 0, index: 2, id: 'mine', name: 'g', argumentsDelta: '{}' },
        { type: 'done' },
      ),
    );
    const store = createChatStore({ api: 'http://memory.test', fetch, retry: false, protocol: partsProtocol, onToolCall });
    await store.send('go');
    expect(onToolCall.mock.calls.map(([call]) => (call as { toolCallId: string }).toolCallId)).toEqual(['mine']);
  });
});
