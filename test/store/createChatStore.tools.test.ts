import { describe, expect, it, vi } from 'vitest';
import { getMessageText, getToolCalls, type ChatMessage, type ToolCallPart } from '../../src/message';
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
    const seen: Array<{ call: ToolCallPart; status: string; chatStatus: string }> = [];
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      onToolCall(call, message) {
        seen.push({ call, status: message.status, chatStatus: store.getState().status });
      },
    });
    await store.send('Weather and time in Paris?');

    expect(seen.map(({ call }) => call.toolCallId)).toEqual(['call_weather', 'call_time']);
    expect(seen[0]).toMatchObject({
      status: 'complete',
      chatStatus: 'idle',
      call: { toolName: 'get_weather', state: 'ready', args: { city: 'Paris' }, argumentsText: '{"city": "Paris"}' },
    });
    expect(seen[1]?.call).toMatchObject({ toolName: 'get_time', state: 'ready', args: { zone: 'CET' } });
    expect(assistantOf(store)).toMatchObject({ status: 'complete', metadata: { finishReason: 'tool_calls' } });
    expect(assistantOf(store).parts.map((part) => part.type)).toEqual(['tool-call', 'tool-call']);
    expect(getToolCalls(assistantOf(store)).map((call) => call.state)).toEqual(['ready', 'ready']);
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

    const call = getToolCalls(assistantOf(store))[0];
    expect(call).toMatchObject({ toolCallId: 'call_bad', toolName: 'search', state: 'invalid', argumentsText: '{"query": "cats", oops}' });
    expect(call?.parseError).toEqual(expect.any(String));
    expect(call?.parseError).not.toBe('');
    expect(onToolCall).not.toHaveBeenCalled();
  });

  it('addToolResult records the result on its tool-call part, changing nothing else', async () => {
    const s = await serve((_req, res) => writeSse(res, TWO_CALLS));
    const store = createChatStore({ api: s.url, throttle: 'sync' });
    await store.send('Weather and time?');
    const assistant = assistantOf(store);
    const user = store.getState().messages[0];

    store.addToolResult({ toolCallId: 'call_time', result: { time: '14:05' } });
    const [weatherBefore] = getToolCalls(assistantOf(store));
    store.addToolResult({ toolCallId: 'call_weather', result: 'Sunny, 21 °C', isError: true });

    const { messages, status } = store.getState();
    expect(status).toBe('idle');
    expect(s.requests).toBe(1);
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(messages[0]).toBe(user);
    expect(messages[1]?.id).toBe(assistant.id);
    expect(getToolCalls(messages[1]!).map((call) => [call.result, call.isError])).toEqual([
      ['Sunny, 21 °C', true],
      [{ time: '14:05' }, undefined],
    ]);
    // Answering one call leaves the other call's part as it was.
    expect(getToolCalls(messages[1]!)[1]).toBe(getToolCalls(assistantOf(store))[1]);
    expect(weatherBefore).toBe(getToolCalls(assistant)[0]);
    expect(() => store.addToolResult({ toolCallId: 'nope', result: 1 })).toThrow(/no tool call has the id "nope"/);
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
      (state) => state.status === 'idle' && state.messages.at(-1)?.status === 'complete' && state.messages.length === 3,
      'the answer to the tool results',
    );

    expect(s.requests).toBe(2);
    expect(final.messages.at(-1)).toMatchObject({ role: 'assistant', parts: [{ type: 'text', text: 'It is sunny at 14:05.' }] });
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
    await waitForState(store, (state) => getMessageText(state.messages.at(-1)!) === 'Logged.', 'the answer after the void tool');

    expect(getToolCalls(store.getState().messages[1]!)[0]?.result).toBeNull();
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
    expect(assistantOf(store).parts).toMatchObject([
      { type: 'text', text: 'Let me check. ' },
      { type: 'tool-call', toolName: 'lookup', args: {}, result: 42 },
    ]);
  });
});
