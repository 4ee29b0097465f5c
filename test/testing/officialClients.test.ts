import { afterEach, describe, it, expect, vi } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { DefaultChatTransport, readUIMessageStream, type UIMessage } from 'ai';
import { HttpAgent } from '@ag-ui/client';
import type { MockScenario, MockWireFormat } from '../../src/testing';
import { startMockChatServer, type MockChatServer } from '../../src/testing/node';

// One scenario, served over real HTTP in each format and read by that provider's official client: the
// mock's bytes are what the real thing sends, as far as the client can tell.
const SCENARIO: MockScenario = {
  reasoning: 'They want the forecast.',
  text: 'Here it comes: sunny, 21 °C.',
  toolCalls: [{ name: 'forecast', arguments: { city: 'Nice', days: 2 } }],
  usage: { promptTokens: 12, completionTokens: 30 },
  tokensPerSecond: Infinity,
  chunkSize: 11,
};

let server: MockChatServer | undefined;

async function serve(format: MockWireFormat): Promise<MockChatServer> {
  server = await startMockChatServer({ scenario: SCENARIO, format });
  return server;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

describe('official clients read the mock server', () => {
  it("'anthropic': @anthropic-ai/sdk MessageStream.finalMessage()", async () => {
    const { origin, requests } = await serve('anthropic');
    const client = new Anthropic({ apiKey: 'test', baseURL: origin, maxRetries: 0 });
    const message = await client.messages.stream({ model: 'claude-x', max_tokens: 100, messages: [{ role: 'user', content: 'Weather?' }] }).finalMessage();
    expect(message.content.map((block) => block.type)).toEqual(['thinking', 'text', 'tool_use']);
    const [thinking, text, toolUse] = message.content;
    expect(thinking?.type === 'thinking' && thinking.thinking).toBe(SCENARIO.reasoning);
    expect(thinking?.type === 'thinking' && thinking.signature).not.toBe('');
    expect(text?.type === 'text' && text.text).toBe(SCENARIO.text);
    expect(toolUse?.type === 'tool_use' && toolUse).toMatchObject({ name: 'forecast', input: { city: 'Nice', days: 2 } });
    expect(message).toMatchObject({ stop_reason: 'tool_use', model: 'claude-x', usage: { input_tokens: 12, output_tokens: 30 } });
    expect(requests[0]?.lastUserText).toBe('Weather?');
  });

  it("'openai-responses': openai responses.stream().finalResponse()", async () => {
    const { url, requests } = await serve('openai-responses');
    const client = new OpenAI({ apiKey: 'test', baseURL: url, maxRetries: 0 });
    const response = await client.responses.stream({ model: 'gpt-x', input: 'Weather?' }).finalResponse();
    expect(response.output_text).toBe(SCENARIO.text);
    expect(response.output.map((item) => item.type)).toEqual(['reasoning', 'message', 'function_call']);
    const reasoning = response.output[0];
    expect(reasoning?.type === 'reasoning' && reasoning.summary.map((part) => part.text).join('')).toBe(SCENARIO.reasoning);
    const call = response.output[2];
    expect(call?.type === 'function_call' && [call.name, JSON.parse(call.arguments)]).toEqual(['forecast', { city: 'Nice', days: 2 }]);
    expect(response.usage).toMatchObject({ input_tokens: 12, output_tokens: 30, total_tokens: 42 });
    expect(requests[0]?.lastUserText).toBe('Weather?');
  });

  it("'gemini': @google/genai generateContentStream", async () => {
    const { origin, requests } = await serve('gemini');
    const client = new GoogleGenAI({ apiKey: 'test', httpOptions: { baseUrl: origin } });
    const stream = await client.models.generateContentStream({ model: 'gemini-x', contents: 'Weather?' });
    let thoughts = '';
    let text = '';
    const calls: unknown[] = [];
    let last: Awaited<ReturnType<typeof stream.next>>['value'];
    for await (const chunk of stream) {
      for (const part of chunk.candidates?.[0]?.content?.parts ?? []) {
        if (part.thought === true) thoughts += part.text ?? '';
        else if (part.text !== undefined) text += part.text;
        if (part.functionCall) calls.push(part.functionCall);
      }
      last = chunk;
    }
    expect(thoughts).toBe(SCENARIO.reasoning);
    expect(text).toBe(SCENARIO.text);
    expect(calls).toEqual([{ name: 'forecast', args: { city: 'Nice', days: 2 } }]);
    expect(last?.candidates?.[0]?.finishReason).toBe('STOP');
    expect(last?.usageMetadata).toMatchObject({ promptTokenCount: 12, totalTokenCount: 42 });
    expect(last?.modelVersion).toBe('gemini-x');
    expect(requests[0]?.url).toMatch(/\/v1beta\/models\/gemini-x:streamGenerateContent\?alt=sse$/);
    expect(requests[0]?.lastUserText).toBe('Weather?');
  });

  it("'ai-sdk-ui': ai's DefaultChatTransport and readUIMessageStream", async () => {
    const { endpoint } = await serve('ai-sdk-ui');
    const transport = new DefaultChatTransport<UIMessage>({ api: endpoint });
    const stream = await transport.sendMessages({
      trigger: 'submit-message', chatId: 'c1', messageId: undefined, abortSignal: undefined,
      messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Weather?' }] }],
    });
    let message: UIMessage | undefined;
    const errors: unknown[] = [];
    for await (const snapshot of readUIMessageStream({ stream, onError: (error) => errors.push(error) })) message = snapshot;
    expect(errors).toEqual([]);
    expect(message?.parts.map((part) => part.type)).toEqual(['step-start', 'reasoning', 'text', 'tool-forecast']);
    expect(message?.parts[1]).toMatchObject({ text: SCENARIO.reasoning, state: 'done' });
    expect(message?.parts[2]).toMatchObject({ text: SCENARIO.text, state: 'done' });
    expect(message?.parts[3]).toMatchObject({ state: 'input-available', input: { city: 'Nice', days: 2 } });
    expect(server?.requests[0]?.lastUserText).toBe('Weather?');
  });

  it("'ag-ui': @ag-ui/client HttpAgent.runAgent (event verifier and reducers)", async () => {
    vi.stubEnv('SUPPRESS_TRANSFORMATION_WARNINGS', 'true');
    const { endpoint, requests } = await serve('ag-ui');
    const agent = new HttpAgent({ url: endpoint, threadId: 'thread-7' });
    agent.messages = [{ id: 'u1', role: 'user', content: 'Weather?' }];
    const { newMessages } = await agent.runAgent({ runId: 'run-7' });
    const assistant = newMessages.filter((message) => message.role === 'assistant');
    expect(assistant.map((message) => message.content).join('')).toBe(SCENARIO.text);
    const calls = assistant.flatMap((message) => (message.role === 'assistant' ? (message.toolCalls ?? []) : []));
    expect(calls.map((call) => [call.function.name, JSON.parse(call.function.arguments)])).toEqual([['forecast', { city: 'Nice', days: 2 }]]);
    expect(newMessages.filter((message) => message.role === 'reasoning').map((message) => message.content).join('')).toBe(SCENARIO.reasoning);
    expect(requests[0]?.body).toMatchObject({ threadId: 'thread-7', runId: 'run-7' });
    expect(requests[0]?.lastUserText).toBe('Weather?');
    vi.unstubAllEnvs();
  });

  it('answers only the paths of its format', async () => {
    const { origin, endpoint } = await serve('anthropic');
    expect(endpoint).toBe(`${origin}/v1/messages`);
    const post = (path: string) => fetch(`${origin}${path}`, { method: 'POST', body: '{}' });
    expect((await post('/v1/chat/completions')).status).toBe(404);
    expect((await post('/v1/messages')).status).toBe(200);
  });
});
