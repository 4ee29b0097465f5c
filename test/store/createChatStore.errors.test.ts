import { describe, expect, it, vi } from 'vitest';
import { getMessageText } from '../../src/message';
import type { ChatMessage } from '../../src/message';
import type { ChatStoreOptions } from '../../src/store/ChatStoreOptions';
import { createChatStore, type ChatStore } from '../../src/store/createChatStore';
import type { ChatStreamError } from '../../src/sse/ChatStreamError';
import { requestMessages, untilClosed, waitForText } from '../helpers/chatStoreHarness';
import { createDeferred } from '../helpers/deferred';
import { completion, done, errorFrame, finishChunk, textChunk } from '../helpers/openaiFrames';
import { sendJson, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';

const serve = serveForEachTest();

type OnError = (error: ChatStreamError, message: ChatMessage | undefined) => void;

/** A store on `url` with sync flushes and spied callbacks. */
function chatStore(url: string, options: Partial<ChatStoreOptions> = {}) {
  const onError = vi.fn<OnError>();
  const store: ChatStore = createChatStore({ api: url, throttle: 'sync', onError, ...options });
  return { store, onError };
}

const lastMessage = (store: ChatStore): ChatMessage => {
  const message = store.getState().messages.at(-1);
  if (!message) throw new Error('The conversation is empty.');
  return message;
};

/** Checks what every failed turn must show: the message, the chat status and one onError call. */
function expectFailedTurn(store: ChatStore, onError: ReturnType<typeof vi.fn<OnError>>): ChatStreamError {
  const message = lastMessage(store);
  const state = store.getState();
  expect(message).toMatchObject({ role: 'assistant', status: 'error' });
  expect(state.status).toBe('error');
  expect(state.error).toBe(message.metadata?.error);
  expect(onError).toHaveBeenCalledTimes(1);
  expect(onError).toHaveBeenCalledWith(message.metadata?.error, message);
  return message.metadata!.error!;
}

describe('createChatStore HTTP failures', () => {
  it('reports a 401 with the message from its JSON body, not retryable, sent once', async () => {
    const s = await serve((_req, res) =>
      sendJson(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } }),
    );
    const { store, onError } = chatStore(s.url);
    await store.send('Hi');
    const error = expectFailedTurn(store, onError);
    expect(error).toMatchObject({ code: 'http', status: 401, message: 'Incorrect API key provided.', retryable: false });
    expect(error.providerCode).toBe('invalid_api_key');
    expect(s.requests).toBe(1);
  });

  it('reports a 429 with Retry-After as retryable when retries are off', async () => {
    const s = await serve((_req, res) =>
      sendJson(res, 429, { error: { message: 'Rate limit reached for requests.', code: 'rate_limit_exceeded' } }, { 'retry-after': '7' }),
    );
    const { store, onError } = chatStore(s.url, { retry: { attempts: 1 } });
    await store.send('Hi');
    const error = expectFailedTurn(store, onError);
    expect(error).toMatchObject({ code: 'http', status: 429, message: 'Rate limit reached for requests.', retryable: true });
    expect(error.retryAfterMs).toBe(7000);
    expect(s.requests).toBe(1);
  });

  it('retries a 429 and streams the answer of the second attempt', async () => {
    const s = await serve((_req, res, index) => {
      if (index === 0) return sendJson(res, 429, { error: { message: 'Slow down.' } }, { 'retry-after': '0' });
      return writeSse(res, completion(['Second ', 'try']));
    });
    const { store, onError } = chatStore(s.url, { retry: { attempts: 2 } });
    await store.send('Hi');
    expect(s.requests).toBe(2);
    expect(lastMessage(store)).toMatchObject({ parts: [{ type: 'text', text: 'Second try' }], status: 'complete' });
    expect(store.getState()).toMatchObject({ status: 'idle', error: undefined });
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports a 500 with the message from its JSON body as retryable', async () => {
    const s = await serve((_req, res) => sendJson(res, 500, { error: { message: 'The server had an error.', type: 'server_error' } }));
    const { store, onError } = chatStore(s.url, { retry: false });
    await store.send('Hi');
    const error = expectFailedTurn(store, onError);
    expect(error).toMatchObject({ code: 'http', status: 500, message: 'The server had an error.', retryable: true });
  });

  it('reports a 200 HTML page as a protocol error that names what came back', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><h1>Please sign in</h1></body></html>');
    });
    const { store, onError } = chatStore(s.url);
    await store.send('Hi');
    const error = expectFailedTurn(store, onError);
    expect(error.code).toBe('protocol');
    expect(error.message).toContain('text/html');
    expect(error.message).toContain('Please sign in');
  });
});

describe('createChatStore stream failures', () => {
  it('keeps the text of a dropped stream, does not resend it, and retry() runs the turn again', async () => {
    const drop = createDeferred();
    const s = await serve(async (_req, res, index) => {
      if (index > 0) return writeSse(res, completion(['The full ', 'answer.']));
      await writeSse(res, [textChunk('The ful')], { end: false });
      await drop.promise;
      res.socket?.destroy();
    });
    const { store, onError } = chatStore(s.url);
    const sent = store.send('Question');
    await waitForText(store, 'The ful');
    drop.resolve();
    await sent;

    const failed = lastMessage(store);
    const error = expectFailedTurn(store, onError);
    expect(getMessageText(failed)).toBe('The ful');
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(s.requests).toBe(1);

    await store.retry();
    expect(s.requests).toBe(2);
    const { messages, status, error: chatError } = store.getState();
    expect(status).toBe('idle');
    expect(chatError).toBeUndefined();
    expect(messages).toHaveLength(2);
    expect(messages.some((message) => message.id === failed.id)).toBe(false);
    expect(messages[1]).toMatchObject({ role: 'assistant', parts: [{ type: 'text', text: 'The full answer.' }], status: 'complete' });
    expect(requestMessages(s, 1)).toEqual([{ role: 'user', content: 'Question' }]);
  });

  it('ends a stalled stream with a timeout and keeps its text', async () => {
    const s = await serve(async (_req, res) => {
      await writeSse(res, [textChunk('Thinking')], { end: false });
      await untilClosed(res);
    });
    const { store, onError } = chatStore(s.url, { idleTimeoutMs: 100 });
    await store.send('Hi');
    const error = expectFailedTurn(store, onError);
    expect(error.code).toBe('timeout');
    expect(getMessageText(lastMessage(store))).toBe('Thinking');
    await s.closed[0];
    expect(s.requests).toBe(1);
  });

  it('reports a stream that ends with neither [DONE] nor a finish reason as incomplete', async () => {
    const s = await serve((_req, res) => writeSse(res, [textChunk('Cut '), textChunk('short')]));
    const { store, onError } = chatStore(s.url);
    await store.send('Hi');
    const error = expectFailedTurn(store, onError);
    expect(error.code).toBe('incomplete');
    expect(getMessageText(lastMessage(store))).toBe('Cut short');
  });

  it('accepts a stream with a finish reason but no [DONE] as complete', async () => {
    const s = await serve((_req, res) => writeSse(res, [textChunk('Whole'), finishChunk('length')]));
    const { store, onError } = chatStore(s.url);
    await store.send('Hi');
    expect(lastMessage(store)).toMatchObject({ parts: [{ type: 'text', text: 'Whole' }], status: 'complete', metadata: { finishReason: 'length' } });
    expect(lastMessage(store).metadata?.error).toBeUndefined();
    expect(store.getState().status).toBe('idle');
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports an in-band error frame after text as a server error and keeps the text', async () => {
    const s = await serve((_req, res) =>
      writeSse(res, [textChunk('Here is'), errorFrame('The model is overloaded.', 'overloaded'), done()]),
    );
    const { store, onError } = chatStore(s.url);
    await store.send('Hi');
    const error = expectFailedTurn(store, onError);
    expect(error).toMatchObject({ code: 'server', message: 'The model is overloaded.', providerCode: 'overloaded' });
    expect(getMessageText(lastMessage(store))).toBe('Here is');
  });
});
