import { describe, expect, it, vi } from 'vitest';
import { getMessageText } from '../../src/message';
import type { ChatMessage } from '../../src/message';
import { openAIChatProtocol } from '../../src/protocols/openai-chat/openAIChatProtocol';
import { createChatStore } from '../../src/store/createChatStore';
import { untilClosed, waitForState, waitForText } from '../helpers/chatStoreHarness';
import { createDeferred } from '../helpers/deferred';
import { completion, done, finishChunk, textChunk, usageChunk } from '../helpers/openaiFrames';
import { sendJson, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';

const serve = serveForEachTest();

const last = (messages: readonly ChatMessage[]): ChatMessage => {
  const message = messages.at(-1);
  if (!message) throw new Error('The conversation is empty.');
  return message;
};

describe('createChatStore streaming', () => {
  it.each([
    ['the default frame', undefined],
    ['the sync', 'sync' as const],
  ])('publishes partial text while the server is still writing, with %s throttle', async (_name, throttle) => {
    const release = createDeferred();
    const s = await serve(async (_req, res) => {
      await writeSse(res, [textChunk('Hel'), textChunk('lo')], { end: false });
      await release.promise;
      await writeSse(res, [textChunk(' world'), finishChunk(), done()]);
    });
    const store = createChatStore({ api: s.url, throttle });
    let settled = false;
    const sent = store.send('Hi').then(() => {
      settled = true;
    });

    const partial = await waitForText(store, 'Hello');
    expect(partial.status).toBe('streaming');
    expect(last(partial.messages)).toMatchObject({ role: 'assistant', status: 'streaming', parts: [{ type: 'text', text: 'Hello' }] });
    expect(partial.messages[0]).toMatchObject({ role: 'user', parts: [{ type: 'text', text: 'Hi' }], status: 'complete' });
    // The server is parked on `release`, so the turn cannot be over yet.
    expect(settled).toBe(false);

    release.resolve();
    await sent;
    const final = store.getState();
    expect(final.status).toBe('idle');
    expect(last(final.messages)).toMatchObject({ parts: [{ type: 'text', text: 'Hello world' }], status: 'complete', metadata: { finishReason: 'stop' } });
  });

  it('stop() keeps the partial text, marks it stopped, goes idle and closes the connection', async () => {
    const s = await serve(async (_req, res) => {
      await writeSse(res, [textChunk('Partial ans')], { end: false });
      await untilClosed(res);
    });
    const onError = vi.fn();
    const onFinish = vi.fn();
    const store = createChatStore({ api: s.url, throttle: 'sync', onError, onFinish });
    const sent = store.send('Hi');
    await waitForText(store, 'Partial ans');

    store.stop();
    await sent;
    await s.closed[0];
    const state = store.getState();
    expect(state.status).toBe('idle');
    expect(state.error).toBeUndefined();
    expect(last(state.messages)).toMatchObject({ parts: [{ type: 'text', text: 'Partial ans' }], status: 'stopped' });
    expect(last(state.messages).metadata?.error).toBeUndefined();
    expect(onError).not.toHaveBeenCalled();
    expect(onFinish).toHaveBeenCalledTimes(1);
  });

  it('send() during a turn stops it and the latest message wins; both promises resolve', async () => {
    const s = await serve(async (_req, res, index) => {
      if (index === 0) {
        await writeSse(res, [textChunk('First half')], { end: false });
        await untilClosed(res);
        return;
      }
      await writeSse(res, completion(['Second ', 'answer']));
    });
    const store = createChatStore({ api: s.url, throttle: 'sync' });
    const first = store.send('One');
    await waitForText(store, 'First half');
    const second = store.send('Two');

    await Promise.all([first, second, s.closed[0]]);
    const { messages, status } = store.getState();
    expect(status).toBe('idle');
    expect(messages.map(({ role, parts, status: s }) => ({ role, parts, status: s }))).toEqual([
      { role: 'user', parts: [{ type: 'text', text: 'One' }], status: 'complete' },
      { role: 'assistant', parts: [{ type: 'text', text: 'First half' }], status: 'stopped' },
      { role: 'user', parts: [{ type: 'text', text: 'Two' }], status: 'complete' },
      { role: 'assistant', parts: [{ type: 'text', text: 'Second answer' }], status: 'complete' },
    ]);
    expect(s.requests).toBe(2);
    expect(JSON.parse(s.bodies[1]!).messages).toEqual([
      { role: 'user', content: 'One' },
      { role: 'assistant', content: 'First half' },
      { role: 'user', content: 'Two' },
    ]);
  });

  it('sends the next turn every token the interrupted turn received, even ones not yet published', async () => {
    const received = createDeferred();
    const s = await serve(async (_req, res, index) => {
      if (index > 0) return writeSse(res, completion(['Next']));
      await writeSse(res, [textChunk('Received '), textChunk('but unpublished')], { end: false });
      await untilClosed(res);
    });
    // A throttle far longer than the test: the received text is only in the turn's draft, never flushed.
    const store = createChatStore({
      api: s.url,
      throttle: 60_000,
      protocol: {
        ...openAIChatProtocol,
        createDecoder() {
          const decoder = openAIChatProtocol.createDecoder();
          return {
            decode(event, emit) {
              decoder.decode(event, emit);
              if (event.data.includes('unpublished')) received.resolve();
            },
          };
        },
      },
    });
    const first = store.send('One');
    await received.promise;
    expect(getMessageText(store.getState().messages[1]!)).toBe('');

    await Promise.all([first, store.send('Two')]);
    expect(store.getState().messages[1]).toMatchObject({ parts: [{ type: 'text', text: 'Received but unpublished' }], status: 'stopped' });
    expect(JSON.parse(s.bodies[1]!).messages).toEqual([
      { role: 'user', content: 'One' },
      { role: 'assistant', content: 'Received but unpublished' },
      { role: 'user', content: 'Two' },
    ]);
  });

  it('keeps the identity of every message but the streaming one, during and after a turn', async () => {
    const s = await serve((_req, res) => writeSse(res, completion(['a', 'b', 'c']), { delayMs: 2 }));
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      initialMessages: [
        { id: 'sys', role: 'system', parts: [{ type: 'text', text: 'Be brief.' }] },
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'First' }] },
        { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Answer one' }] },
      ],
    });
    const before = store.getState().messages;
    const violations: string[] = [];
    let streamingId: string | undefined;
    let flushes = 0;
    store.subscribe((state, previous) => {
      if (state.messages === previous.messages) return;
      streamingId ??= last(state.messages).id;
      for (const message of state.messages) {
        const old = previous.messages.find((candidate) => candidate.id === message.id);
        if (!old || old === message) continue;
        if (message.id === streamingId) flushes++;
        else violations.push(`${message.id} was replaced`);
      }
    });

    const sent = store.send('Second');
    const userMessage = store.getState().messages[3];
    await sent;
    const after = store.getState().messages;
    expect(violations).toEqual([]);
    // Three text frames, the finish, usage and the final message: each replaced the streaming message.
    expect(flushes).toBeGreaterThanOrEqual(4);
    expect(after).toHaveLength(5);
    for (let index = 0; index < 3; index++) expect(after[index]).toBe(before[index]);
    expect(after[3]).toBe(userMessage);
    expect(after[4]).toMatchObject({ id: streamingId, parts: [{ type: 'text', text: 'abc' }], status: 'complete' });
  });

  it('records timing in order, and tokens per second when usage is known', async () => {
    const s = await serve((_req, res) =>
      writeSse(res, [textChunk('one'), textChunk(' two'), finishChunk(), usageChunk(7, 12), done()], { delayMs: 5 }),
    );
    const store = createChatStore({ api: s.url });
    await store.send('Count');
    const message = last(store.getState().messages);
    const { startedAt, firstTokenAt, endedAt, tokensPerSecond } = message.metadata?.timing ?? { startedAt: Number.NaN };
    expect(message.metadata?.usage).toMatchObject({ inputTokens: 7, outputTokens: 12, totalTokens: 19 });
    expect(firstTokenAt).toBeGreaterThanOrEqual(startedAt);
    expect(endedAt).toBeGreaterThanOrEqual(firstTokenAt!);
    expect(tokensPerSecond).toBeGreaterThan(0);
    expect(Number.isFinite(tokensPerSecond)).toBe(true);
  });

  it('leaves tokens per second out when the server reports no usage', async () => {
    const s = await serve((_req, res) => writeSse(res, [textChunk('x'), finishChunk(), done()], { delayMs: 5 }));
    const store = createChatStore({ api: s.url });
    await store.send('Hi');
    const { timing } = last(store.getState().messages).metadata ?? {};
    expect(timing?.endedAt).toBeGreaterThanOrEqual(timing?.firstTokenAt ?? Number.POSITIVE_INFINITY);
    expect(timing?.tokensPerSecond).toBeUndefined();
  });

  it('calls onFinish once per turn with the final message: complete, stopped and error', async () => {
    const s = await serve(async (_req, res, index) => {
      if (index === 0) return writeSse(res, completion(['Done.']));
      if (index === 1) {
        await writeSse(res, [textChunk('Cut')], { end: false });
        return untilClosed(res);
      }
      sendJson(res, 400, { error: { message: 'Bad request', type: 'invalid_request_error' } });
    });
    const onFinish = vi.fn<(message: ChatMessage) => void>();
    const store = createChatStore({ api: s.url, throttle: 'sync', onFinish });

    await store.send('1');
    const stopped = store.send('2');
    await waitForText(store, 'Cut');
    store.stop();
    await stopped;
    await store.send('3');

    expect(onFinish).toHaveBeenCalledTimes(3);
    const finished = onFinish.mock.calls.map(([message]) => message);
    expect(finished.map((message) => [getMessageText(message), message.status])).toEqual([
      ['Done.', 'complete'],
      ['Cut', 'stopped'],
      ['', 'error'],
    ]);
    const assistants = store.getState().messages.filter((message) => message.role === 'assistant');
    finished.forEach((message, index) => expect(message).toBe(assistants[index]));
  });

  it('clear() stops the turn in flight and empties the conversation', async () => {
    const s = await serve(async (_req, res) => {
      await writeSse(res, [textChunk('Some')], { end: false });
      await untilClosed(res);
    });
    const onFinish = vi.fn();
    const store = createChatStore({ api: s.url, throttle: 'sync', onFinish });
    const sent = store.send('Hi');
    await waitForText(store, 'Some');

    store.clear();
    expect(store.getState().messages).toEqual([]);
    await sent;
    await s.closed[0];
    const state = await waitForState(store, (current) => current.status === 'idle', 'idle');
    expect(state.messages).toEqual([]);
    expect(state.error).toBeUndefined();
    expect(onFinish).toHaveBeenCalledWith(expect.objectContaining({ parts: [{ type: 'text', text: 'Some' }], status: 'stopped' }));
  });
});
