import { describe, expect, it } from 'vitest';
import { getMessageText, getToolCalls } from '../../../src/message';
import { agUiProtocol } from '../../../src/protocols/ag-ui';
import { createChatStore } from '../../../src/store/createChatStore';
import { requestBody, waitForState } from '../../helpers/chatStoreHarness';
import { serveForEachTest } from '../../helpers/startTestServer';
import { fixtureBytes, sseOf } from './agUiFixtures';

const serve = serveForEachTest();
const SSE_HEADERS = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' };

describe('AG-UI round trip through a loopback server', () => {
  it('sends a frontend tool result back as a tool message, with the state the agent left', async () => {
    const first = sseOf(
      { type: 'RUN_STARTED', threadId: 'thread-1', runId: 'run-1' },
      { type: 'STATE_SNAPSHOT', snapshot: { city: 'Paris', visits: 1 } },
      { type: 'TEXT_MESSAGE_START', messageId: 'm1', role: 'assistant' },
      { type: 'TEXT_MESSAGE_CONTENT', messageId: 'm1', delta: 'Checking.' },
      { type: 'TEXT_MESSAGE_END', messageId: 'm1' },
      { type: 'TOOL_CALL_START', toolCallId: 'call_1', toolCallName: 'get_weather', parentMessageId: 'm1' },
      { type: 'TOOL_CALL_ARGS', toolCallId: 'call_1', delta: '{"city":' },
      { type: 'TOOL_CALL_ARGS', toolCallId: 'call_1', delta: '"Paris"}' },
      { type: 'TOOL_CALL_END', toolCallId: 'call_1' },
      { type: 'RUN_FINISHED', threadId: 'thread-1', runId: 'run-1' },
    );
    const second = sseOf(
      { type: 'RUN_STARTED', threadId: 'thread-1', runId: 'run-2' },
      { type: 'STATE_DELTA', delta: [{ op: 'replace', path: '/visits', value: 2 }] },
      { type: 'TEXT_MESSAGE_START', messageId: 'm2', role: 'assistant' },
      { type: 'TEXT_MESSAGE_CONTENT', messageId: 'm2', delta: 'Sunny, 21 °C.' },
      { type: 'TEXT_MESSAGE_END', messageId: 'm2' },
      { type: 'RUN_FINISHED', threadId: 'thread-1', runId: 'run-2' },
    );
    const s = await serve((_req, res, index) => {
      res.writeHead(200, SSE_HEADERS);
      res.end(index === 0 ? first : second);
    });
    const store = createChatStore({
      api: s.url,
      protocol: agUiProtocol,
      throttle: 'sync',
      sendToolResults: 'auto',
      onToolCall: (call) => store.addToolResult({ toolCallId: call.toolCallId, result: { temperature: 21, sky: 'sunny' } }),
    });

    await store.send('Weather in Paris?');
    const done = await waitForState(store, (state) => s.requests === 2 && state.status === 'idle', 'second run');

    const [request1, request2] = [requestBody(s, 0), requestBody(s, 1)];
    expect(request1).toMatchObject({ tools: [], context: [], forwardedProps: {}, state: {} });
    expect(request1.messages).toStrictEqual([{ id: expect.any(String) as string, role: 'user', content: 'Weather in Paris?' }]);
    expect(request2.threadId).toBe(request1.threadId);
    expect(typeof request2.runId).toBe('string');
    expect(request2.runId).not.toBe(request1.runId);
    expect(request2.state).toStrictEqual({ city: 'Paris', visits: 1 });
    expect((request2.messages as unknown[]).slice(1)).toStrictEqual([
      { id: 'm1', role: 'assistant', content: 'Checking.', toolCalls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }] },
      { id: 'call_1-result', role: 'tool', toolCallId: 'call_1', content: '{"temperature":21,"sky":"sunny"}' },
    ]);

    expect(done.agentState).toStrictEqual({ city: 'Paris', visits: 2 });
    const last = done.messages.at(-1)!;
    expect(getMessageText(last)).toBe('Sunny, 21 °C.');
    expect(last.status).toBe('complete');
  });

  it('sends an agent-run tool call and its result back with the ids the agent streamed (Pydantic AI recording)', async () => {
    const s = await serve((_req, res, index) => {
      res.writeHead(200, SSE_HEADERS);
      res.end(index === 0 ? Buffer.from(fixtureBytes('pydantic-ai-openai-tool-args-streamed.sse')) : sseOf({ type: 'RUN_STARTED', threadId: 't', runId: 'r' }, { type: 'RUN_FINISHED', threadId: 't', runId: 'r' }));
    });
    const store = createChatStore({ api: s.url, protocol: agUiProtocol, throttle: 'sync' });
    await store.send('Calculate 42 * 17');
    expect(getToolCalls(store.getState().messages.at(-1)!)).toMatchObject([{ result: '42 * 17 = 714', state: 'ready' }]);
    await store.send('Thanks');

    const messages = requestBody(s, 1).messages as unknown[];
    expect(messages.slice(1)).toStrictEqual([
      {
        id: '345ad67e-8597-40b7-bb7d-86c355218523',
        role: 'assistant',
        toolCalls: [{ id: 'call_SeokNXScMSfK3gFYagljSFsH', type: 'function', function: { name: 'calculator', arguments: '{"expression":"42 * 17"}' } }],
      },
      { id: '131ebc19-9bef-4019-ab86-cac6d68a6df5', role: 'tool', toolCallId: 'call_SeokNXScMSfK3gFYagljSFsH', content: '42 * 17 = 714' },
      { id: '4423cac9-f565-4bd7-b961-c42d013fe209', role: 'assistant', content: '42 * 17 = 714' },
      { id: expect.any(String) as string, role: 'user', content: 'Thanks' },
    ]);
    expect(requestBody(s, 1).state).toStrictEqual({});
  });
});
