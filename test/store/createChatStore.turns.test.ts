import { describe, expect, it } from 'vitest';
import { getMessageText, type ChatMessage } from '../../src/message';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';
import { createChatStore } from '../../src/store/createChatStore';
import { requestMessages } from '../helpers/chatStoreHarness';
import { completion } from '../helpers/openaiFrames';
import { sendJson, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import type { TestHandler } from '../helpers/startTestServer';

const serve = serveForEachTest();

/** Answers request `index` with `Answer <index>`. */
const numberedAnswers: TestHandler = (_req, res, index) => writeSse(res, completion([`Answer `, `${index}`]));

const CONVERSATION: ChatMessageInit[] = [
  { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'First question' }] },
  { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'First answer' }] },
  { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'Second question' }] },
  { id: 'a2', role: 'assistant', parts: [{ type: 'text', text: 'Second answer' }] },
];

const shape = (messages: readonly ChatMessage[]) => messages.map((message) => `${message.role}:${message.status}:${getMessageText(message)}`);

describe('createChatStore regenerate and retry', () => {
  it('regenerate() drops the last answer and streams a new one', async () => {
    const s = await serve(numberedAnswers);
    const store = createChatStore({ api: s.url, throttle: 'sync' });
    await store.send('Question');
    const first = store.getState().messages[1];
    await store.regenerate();

    const { messages } = store.getState();
    expect(shape(messages)).toEqual(['user:complete:Question', 'assistant:complete:Answer 1']);
    expect(messages[1]?.id).not.toBe(first?.id);
    expect(requestMessages(s, 1)).toEqual([{ role: 'user', content: 'Question' }]);
  });

  it('regenerate(userMessageId) answers that message again and drops everything after it', async () => {
    const s = await serve(numberedAnswers);
    const store = createChatStore({ api: s.url, throttle: 'sync', initialMessages: CONVERSATION });
    const u1 = store.getState().messages[0];
    await store.regenerate('u1');

    const { messages } = store.getState();
    expect(shape(messages)).toEqual(['user:complete:First question', 'assistant:complete:Answer 0']);
    expect(messages[0]).toBe(u1);
    expect(requestMessages(s, 0)).toEqual([{ role: 'user', content: 'First question' }]);
  });

  it('regenerate(assistantMessageId) replaces that answer and drops the turns after it', async () => {
    const s = await serve(numberedAnswers);
    const store = createChatStore({ api: s.url, throttle: 'sync', initialMessages: CONVERSATION });
    await store.regenerate('a1');

    expect(shape(store.getState().messages)).toEqual(['user:complete:First question', 'assistant:complete:Answer 0']);
    expect(requestMessages(s, 0)).toEqual([{ role: 'user', content: 'First question' }]);
  });

  it('retry() re-runs a failed turn without sending the failed answer, and does nothing after a complete one', async () => {
    const s = await serve((req, res, index) =>
      index === 0 ? sendJson(res, 400, { error: { message: 'Context too long' } }) : numberedAnswers(req, res, index),
    );
    const store = createChatStore({ api: s.url, throttle: 'sync', initialMessages: CONVERSATION.slice(0, 2) });
    await store.send('Follow-up');
    expect(store.getState().status).toBe('error');

    await store.retry();
    expect(store.getState().status).toBe('idle');
    expect(shape(store.getState().messages)).toEqual([
      'user:complete:First question',
      'assistant:complete:First answer',
      'user:complete:Follow-up',
      'assistant:complete:Answer 1',
    ]);
    expect(requestMessages(s, 1)).toEqual(requestMessages(s, 0));

    await store.retry();
    expect(s.requests).toBe(2);
  });
});
