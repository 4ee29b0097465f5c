import { describe, expect, it, vi } from 'vitest';
import type { ChatMessage, ToolCall } from '../../src/store/ChatMessage';
import { createChatStore, type ChatStore } from '../../src/store/createChatStore';
import { requestMessages, waitForState } from '../helpers/chatStoreHarness';
import { completion, done, finishChunk, textChunk, toolCallChunk, usageChunk } from '../helpers/openaiFrames';
import { writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';

const serve = serveForEachTest();

/** An answer that calls get_weather (arguments split mid-token) and then get_time, as OpenAI streams parallel calls. */
const TWO_CALLS = [
  toolCallChunk({ index: 0, id: 'call_weather', name: 'get_weather', arguments: '' }),
  toolCallChunk({ index: 0, arguments: '{"ci' }),
  toolCallChunk({ index: 0, arguments: 'ty": "Paris"}' }),
  toolCallChunk({ index: 1, id: 'call_time', name: 'get_time', arguments: '{"zone":' }),
  toolCallChunk({ index: 1, arguments: '"CET"}' }),
  finishChunk('tool_calls'),
  usageChunk(20, 30),
  done(),
];

const assistantOf = (store: ChatStore): ChatMessage => {
  const message = store.getState().messages.findLast((candidate) => candidate.role === 'assistant');
  if (!message) throw new Error('No assistant message.');
  return message;
};

describe('createChatStore tool calls', () => {
  it('calls onToolCall once per call, after the answer finished, with parsed arguments', async () => {
    const s = await serve((_req, res) => writeSse(res, TWO_CALLS, { delayMs: 1 }));
    const seen: Array<{ call: ToolCall; status: string; chatStatus: string }> = [];
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      onToolCall(call, message) {
        seen.push({ call, status: message.status, chatStatus: store.getState().status });
      },
    });
    await store.send('Weather and time in Paris?');

    expect(seen.map(({ call }) => call.id)).toEqual(['call_weather', 'call_time']);
    expect(seen[0]).toMatchObject({
      status: 'complete',
      chatStatus: 'idle',
      call: { name: 'get_weather', state: 'ready', args: { city: 'Paris' }, argumentsText: '{"city": "Paris"}' },
    });
    expect(seen[1]?.call).toMatchObject({ name: 'get_time', state: 'ready', args: { zone: 'CET' } });
    expect(assistantOf(store)).toMatchObject({ status: 'complete', finishReason: 'tool_calls', content: '' });
    expect(assistantOf(store).toolCalls?.map((call) => call.state)).toEqual(['ready', 'ready']);
  });

  it('marks a call with invalid JSON arguments invalid, keeps the raw text, and does not call onToolCall', async () => {
    const s = await serve((_req, res) =>
      writeSse(res, [
        toolCallChunk({ index: 0, id: 'call_bad', name: 'search', arguments: '{"query": "cats' }),
        toolCallChunk({ index: 0, arguments: '", oops}' }),
        finishChunk('tool_calls'),
        done(),
      ]),
    );
    const onToolCall = vi.fn();
    const store = createChatStore({ api: s.url, throttle: 'sync', onToolCall });
    await store.send('Find cats');

    const call = assistantOf(store).toolCalls?.[0];
    expect(call).toMatchObject({ id: 'call_bad', name: 'search', state: 'invalid', argumentsText: '{"query": "cats", oops}' });
    expect(call?.parseError).toEqual(expect.any(String));
    expect(call?.parseError).not.toBe('');
    expect(onToolCall).not.toHaveBeenCalled();
  });

  it('addToolResult adds a tool message after the assistant message and records the result', async () => {
    const s = await serve((_req, res) => writeSse(res, TWO_CALLS));
    const store = createChatStore({ api: s.url, throttle: 'sync' });
    await store.send('Weather and time?');
    const assistant = assistantOf(store);

    store.addToolResult({ toolCallId: 'call_time', result: { time: '14:05' } });
    store.addToolResult({ toolCallId: 'call_weather', result: 'Sunny, 21 °C' });

    const { messages, status } = store.getState();
    expect(status).toBe('idle');
    expect(s.requests).toBe(1);
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant', 'tool', 'tool']);
    expect(messages[1]?.id).toBe(assistant.id);
    expect(messages.slice(2)).toMatchObject([
      { role: 'tool', toolCallId: 'call_time', content: '{"time":"14:05"}', status: 'complete' },
      { role: 'tool', toolCallId: 'call_weather', content: 'Sunny, 21 °C', status: 'complete' },
    ]);
    expect(messages[1]?.toolCalls?.map((call) => call.result)).toEqual(['Sunny, 21 °C', { time: '14:05' }]);
  });

  it("with sendToolResults 'auto', sends the next request once every call has a result, in OpenAI form", async () => {
    const s = await serve((_req, res, index) =>
      index === 0 ? writeSse(res, TWO_CALLS) : writeSse(res, completion(['It is sunny ', 'at 14:05.'])),
    );
    const store = createChatStore({ api: s.url, throttle: 'sync', sendToolResults: 'auto' });
    await store.send('Weather and time?');

    store.addToolResult({ toolCallId: 'call_weather', result: { sky: 'sunny' } });
    expect(store.getState().status).toBe('idle');
    expect(s.requests).toBe(1);
    store.addToolResult({ toolCallId: 'call_time', result: '14:05' });
    const final = await waitForState(
      store,
      (state) => state.status === 'idle' && state.messages.at(-1)?.status === 'complete' && state.messages.length === 5,
      'the answer to the tool results',
    );

    expect(s.requests).toBe(2);
    expect(final.messages.at(-1)).toMatchObject({ role: 'assistant', content: 'It is sunny at 14:05.' });
    expect(requestMessages(s, 1)).toEqual([
      { role: 'user', content: 'Weather and time?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_weather', type: 'function', function: { name: 'get_weather', arguments: '{"city": "Paris"}' } },
          { id: 'call_time', type: 'function', function: { name: 'get_time', arguments: '{"zone":"CET"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_weather', content: '{"sky":"sunny"}' },
      { role: 'tool', tool_call_id: 'call_time', content: '14:05' },
    ]);
  });

  it("counts a tool that returned nothing as answered, sending null, so 'auto' goes on", async () => {
    const s = await serve((_req, res, index) =>
      index === 0
        ? writeSse(res, [toolCallChunk({ index: 0, id: 'call_log', name: 'log', arguments: '{"line":"x"}' }), finishChunk('tool_calls'), done()])
        : writeSse(res, completion(['Logged.'])),
    );
    const store = createChatStore({ api: s.url, throttle: 'sync', sendToolResults: 'auto' });
    await store.send('Log x');
    store.addToolResult({ toolCallId: 'call_log', result: undefined });
    await waitForState(store, (state) => state.messages.at(-1)?.content === 'Logged.', 'the answer after the void tool');

    expect(store.getState().messages[2]).toMatchObject({ role: 'tool', toolCallId: 'call_log', content: 'null' });
    expect(requestMessages(s, 1).at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_log', content: 'null' });
  });

  it("keeps text streamed beside a tool call and does not send tool results by itself in 'manual' mode", async () => {
    const s = await serve((_req, res) =>
      writeSse(res, [
        textChunk('Let me check. '),
        toolCallChunk({ index: 0, id: 'call_1', name: 'lookup', arguments: '{}' }),
        finishChunk('tool_calls'),
        done(),
      ]),
    );
    const store = createChatStore({ api: s.url, throttle: 'sync' });
    await store.send('Look it up');
    store.addToolResult({ toolCallId: 'call_1', result: 42 });
    // Give an unwanted automatic request the time to reach the server.
    await new Promise((resolve) => setTimeout(resolve, 30));

    expect(s.requests).toBe(1);
    expect(assistantOf(store)).toMatchObject({ content: 'Let me check. ', toolCalls: [{ name: 'lookup', args: {}, result: 42 }] });
  });
});
