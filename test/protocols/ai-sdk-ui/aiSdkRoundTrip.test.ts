import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { convertToModelMessages, jsonSchema, streamText, tool, type UIMessage } from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { getMessageText, getToolCalls } from '../../../src/message';
import { aiSdkUiProtocol, toUIMessages } from '../../../src/protocols/ai-sdk-ui';
import { createChatStore } from '../../../src/store/createChatStore';
import { serveForEachTest, type TestServer } from '../../helpers/startTestServer';

const serve = serveForEachTest();

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 5, text: 5, reasoning: undefined } };
const SIGNATURE = { anthropic: { signature: 'sig-123' } };

/** The model's first answer: signed reasoning, then a call of the client-side tool. */
const CALL_TOOL: LanguageModelV3StreamPart[] = [
  { type: 'stream-start', warnings: [] },
  { type: 'reasoning-start', id: 'r1' },
  { type: 'reasoning-delta', id: 'r1', delta: 'I need the weather tool.' },
  { type: 'reasoning-end', id: 'r1', providerMetadata: SIGNATURE },
  { type: 'tool-input-start', id: 'call_1', toolName: 'get_weather' },
  { type: 'tool-input-delta', id: 'call_1', delta: '{"city":' },
  { type: 'tool-input-delta', id: 'call_1', delta: '"Paris"}' },
  { type: 'tool-input-end', id: 'call_1' },
  { type: 'tool-call', toolCallId: 'call_1', toolName: 'get_weather', input: '{"city":"Paris"}' },
  { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_use' }, usage },
];

/** The model's second answer, once it has the tool's output. */
const ANSWER: LanguageModelV3StreamPart[] = [
  { type: 'stream-start', warnings: [] },
  { type: 'text-start', id: 't1' },
  { type: 'text-delta', id: 't1', delta: 'It is 18 °C in Paris.' },
  { type: 'text-end', id: 't1' },
  { type: 'finish', finishReason: { unified: 'stop', raw: 'end_turn' }, usage },
];

/**
 * A Next.js-style route on a real socket: the body `useChat` sends, `convertToModelMessages`,
 * `streamText` over a mock model with a tool that runs in the browser (no `execute`), and the SDK's own
 * UI message stream writer.
 */
async function startRoute(model: MockLanguageModelV3): Promise<TestServer> {
  const server: TestServer = await serve(async (_req, res, index) => {
    const { messages } = JSON.parse(server.bodies[index]!) as { messages: UIMessage[] };
    const result = streamText({
      model,
      messages: await convertToModelMessages(messages),
      tools: { get_weather: tool({ description: 'Weather of a city', inputSchema: jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }) }) },
    });
    // The route names the message it answers, so that it can store it by id.
    result.pipeUIMessageStreamToResponse(res, { sendReasoning: true, originalMessages: messages, generateMessageId: () => `srv-${index}` });
  });
  return server;
}

describe('AI SDK UI round trip through a real streamText route', () => {
  it('the second request carries the tool output and the reasoning signature in UIMessage shape', async () => {
    let calls = 0;
    const model = new MockLanguageModelV3({
      doStream: () => Promise.resolve({ stream: convertArrayToReadableStream(calls++ === 0 ? CALL_TOOL : ANSWER) }),
    });
    const server = await startRoute(model);
    const store = createChatStore({ api: server.url, protocol: aiSdkUiProtocol, id: 'chat-1', throttle: 'sync', retry: false });

    expect(await store.send('Weather in Paris?')).toBe('complete');
    const first = store.getState().messages[1]!;
    expect(first.metadata).toMatchObject({ finishReason: 'tool-calls', responseId: 'srv-0' });
    expect(first.parts).toEqual([
      { type: 'reasoning', text: 'I need the weather tool.', providerData: { providerMetadata: SIGNATURE } },
      expect.objectContaining({ type: 'tool-call', toolCallId: 'call_1', toolName: 'get_weather', args: { city: 'Paris' }, state: 'ready' }),
    ]);
    expect(getToolCalls(first)[0]).not.toHaveProperty('result');

    store.addToolResult({ toolCallId: 'call_1', result: { temp: 18 } });
    expect(await store.continue()).toBe('complete');

    expect(server.requests).toBe(2);
    const second = JSON.parse(server.bodies[1]!) as { id: string; trigger: string; messages: UIMessage[] };
    expect(second.id).toBe('chat-1');
    expect(second.trigger).toBe('submit-message');
    expect(second.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(second.messages[0]!.parts).toEqual([{ type: 'text', text: 'Weather in Paris?' }]);
    expect(second.messages[1]!.id).toBe('srv-0');
    expect(second.messages[1]!.parts).toEqual([
      { type: 'reasoning', text: 'I need the weather tool.', providerMetadata: SIGNATURE },
      { type: 'tool-get_weather', toolCallId: 'call_1', state: 'output-available', input: { city: 'Paris' }, output: { temp: 18 } },
    ]);

    // What the route made of it: the model's second prompt has the call, its result and the signed reasoning.
    const prompt = model.doStreamCalls[1]!.prompt;
    expect(prompt.map((message) => message.role)).toEqual(['user', 'assistant', 'tool']);
    expect(prompt[1]!.content).toEqual([
      expect.objectContaining({ type: 'reasoning', text: 'I need the weather tool.', providerOptions: SIGNATURE }),
      expect.objectContaining({ type: 'tool-call', toolCallId: 'call_1', toolName: 'get_weather', input: { city: 'Paris' } }),
    ]);
    expect(prompt[2]!.content).toEqual([expect.objectContaining({ type: 'tool-result', toolCallId: 'call_1', output: { type: 'json', value: { temp: 18 } } })]);

    // The route continued its message 'srv-0'; the next request sends both answers back as that one message.
    const last = store.getState().messages.at(-1)!;
    expect(getMessageText(last)).toBe('It is 18 °C in Paris.');
    expect(last).toMatchObject({ status: 'complete', metadata: { finishReason: 'stop', responseId: 'srv-0' } });
    const next = toUIMessages(store.getState().messages);
    expect(next.map((message) => [message.role, message.id])).toEqual([
      ['user', second.messages[0]!.id],
      ['assistant', 'srv-0'],
    ]);
    expect(next[1]!.parts.map((part) => part.type)).toEqual(['reasoning', 'tool-get_weather', 'step-start', 'text']);
  });
});
