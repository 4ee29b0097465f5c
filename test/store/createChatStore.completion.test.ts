import { describe, expect, it } from 'vitest';
import { getMessageText, getReasoningText, getToolCalls } from '../../src/message';
import { createChatStore } from '../../src/store/createChatStore';
import { sendJson } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';

const serve = serveForEachTest();

/** What a server that ignores `stream: true` sends back: one `chat.completion` object. */
const completionBody = {
  id: 'chatcmpl-whole',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'gpt-test',
  choices: [
    {
      index: 0,
      message: {
        role: 'assistant',
        content: 'Here is the weather.',
        reasoning_content: 'Look it up first.',
        tool_calls: [
          { id: 'call_a', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
          { id: 'call_b', type: 'function', function: { name: 'time', arguments: '{}' } },
        ],
      },
      finish_reason: 'tool_calls',
    },
  ],
  usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 },
};

describe('createChatStore with a server that ignores stream: true', () => {
  it('shows a JSON chat.completion as the answer, marked as not streamed', async () => {
    const s = await serve((_req, res) => sendJson(res, 200, completionBody));
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false });
    await store.send('Weather?');

    const { status, error, messages } = store.getState();
    expect(error).toBeUndefined();
    expect(status).toBe('idle');
    const answer = messages.at(-1)!;
    expect(answer).toMatchObject({
      role: 'assistant',
      status: 'complete',
      metadata: { finishReason: 'tool_calls', model: 'gpt-test', streamed: false, usage: { inputTokens: 12, outputTokens: 7, totalTokens: 19 } },
    });
    expect(answer.parts.map((part) => part.type)).toEqual(['reasoning', 'text', 'tool-call', 'tool-call']);
    expect(getReasoningText(answer)).toBe('Look it up first.');
    expect(getMessageText(answer)).toBe('Here is the weather.');
    expect(getToolCalls(answer).map((call) => [call.toolCallId, call.toolName, call.state, call.args])).toEqual([
      ['call_a', 'weather', 'ready', { city: 'Paris' }],
      ['call_b', 'time', 'ready', {}],
    ]);
  });

  it('leaves streamed answers without the flag', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('data: {"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n');
    });
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false });
    await store.send('Hi');
    expect(store.getState().messages.at(-1)).not.toHaveProperty('streamed');
  });

  it('reports a 200 JSON error object as the server error it is', async () => {
    const s = await serve((_req, res) => sendJson(res, 200, { error: { message: 'Model overloaded', code: 'overloaded' } }));
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false });
    await store.send('Hi');
    expect(store.getState().error).toMatchObject({ code: 'server', message: 'Model overloaded', providerCode: 'overloaded' });
  });

  it('reports JSON that is not a chat completion as a short protocol error', async () => {
    const s = await serve((_req, res) => sendJson(res, 200, { hello: 'world'.repeat(500) }));
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false });
    await store.send('Hi');
    const { error } = store.getState();
    expect(error).toMatchObject({ code: 'protocol' });
    expect(error?.message).toMatch(/chat completion/);
    expect(error?.message.length).toBeLessThanOrEqual(300);
  });

  it('bounds the JSON body by maxEventBytes', async () => {
    const s = await serve((_req, res) => sendJson(res, 200, { ...completionBody, padding: 'p'.repeat(10_000) }));
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false, maxEventBytes: 4096 });
    await store.send('Hi');
    expect(store.getState().error).toMatchObject({ code: 'protocol' });
    expect(store.getState().error?.message).toMatch(/maxEventBytes/);
  });
});
