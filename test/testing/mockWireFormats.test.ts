import { describe, it, expect } from 'vitest';
import { createMockChatFetch, createMockStreamFrames, createMockStreamPlan, createSeededRandom, tokenizeMockText } from '../../src/testing';
import type { MockScenario, MockWireFormat } from '../../src/testing';
import { aiSdkUiProtocol, anthropicProtocol, openAIChatProtocol, openAIResponsesProtocol, type ChatProtocol } from '../../src/protocols';
import { agUiProtocol } from '../../src/protocols/ag-ui';
import { geminiProtocol } from '../../src/protocols/gemini/index';
import { getMessageText, getReasoningText, getRefusalText, getToolCalls, type ChatMessage } from '../../src/message';
import { isChatStreamError } from '../../src/sse/ChatStreamError';
import { decodeBytes } from '../core/decodeBytes';
import { readUntilFailure } from './readMockEvents';

// Every format, read by the library's own decoder (geminiMockFrames.test.ts also checks Gemini's frames as such).
const DECODED: [MockWireFormat, ChatProtocol][] = [
  ['openai-chat', openAIChatProtocol],
  ['openai-responses', openAIResponsesProtocol],
  ['anthropic', anthropicProtocol],
  ['gemini', geminiProtocol],
  ['ai-sdk-ui', aiSdkUiProtocol],
  ['ag-ui', agUiProtocol],
];

const REASONING = 'First, what does the user want? The weather, twice.';
// No word is longer than 7 letters, so no split draws on the seed: the reasoning is this many tokens in any run.
const REASONING_TOKENS = tokenizeMockText(REASONING, createSeededRandom(0)).length;
const TEXT = 'Let me look that up: **two** cities, ünïcode 🚀 included.';
const ARGS = { city: 'Edinburgh', units: ['celsius'] };
const SCENARIO: MockScenario = {
  reasoning: REASONING,
  text: TEXT,
  toolCalls: [
    { name: 'forecast', arguments: ARGS },
    { name: 'broken', arguments: '{"city": "Par' },
  ],
  seed: 7,
};
const encoder = new TextEncoder();

function bytesOf(scenario: MockScenario, format: MockWireFormat): Uint8Array {
  return encoder.encode(createMockStreamFrames(scenario, undefined, format).join(''));
}

/** Decodes what the mock writes, cut the way `chunkSize` cuts it on the wire. */
function decodeChunks(scenario: MockScenario, format: MockWireFormat, protocol: ChatProtocol): ChatMessage {
  return decodeBytes(createMockStreamPlan(scenario, undefined, format).chunks.map((chunk) => chunk.bytes), { protocol });
}

/** What a decoder threw, or `undefined`. */
function decodeFailure(bytes: Uint8Array, protocol: ChatProtocol): unknown {
  try {
    decodeBytes([bytes], { protocol });
    return undefined;
  } catch (error) {
    return error;
  }
}

describe.each(DECODED)('the mock in %s, read by our decoder', (format, protocol) => {
  it('decodes to the scenario: reasoning, text and tool calls in order, however the bytes are cut', () => {
    const message = decodeBytes([bytesOf(SCENARIO, format)], { protocol });
    expect(message.status).toBe('complete');
    expect(message.parts.map((part) => part.type)).toEqual(['reasoning', 'text', 'tool-call', 'tool-call']);
    expect(getReasoningText(message)).toBe(REASONING);
    expect(getMessageText(message)).toBe(TEXT);
    const [forecast, broken] = getToolCalls(message);
    expect(forecast).toMatchObject({ toolName: 'forecast', argumentsText: JSON.stringify(ARGS), args: ARGS, state: 'ready' });
    // Gemini carries arguments as an object, so arguments that are no JSON object arrive as `{}`.
    if (format === 'gemini') expect(broken).toMatchObject({ toolName: 'broken', args: {}, state: 'ready' });
    else expect(broken).toMatchObject({ toolName: 'broken', argumentsText: '{"city": "Par', state: 'invalid' });
    expect(forecast?.toolCallId).not.toBe(broken?.toolCallId);
    for (const chunkSize of [1, 7, 64]) expect(decodeChunks({ ...SCENARIO, chunkSize }, format, protocol)).toEqual(message);
  });

  it("'error-frame': the format's in-band error after the tokens sent, the partial answer kept", () => {
    const scenario: MockScenario = { ...SCENARIO, fault: { type: 'error-frame', afterTokens: REASONING_TOKENS + 2, message: 'The model crashed.' } };
    const message = decodeBytes([bytesOf(scenario, format)], { protocol });
    expect(message.status).toBe('error');
    expect(message.metadata?.error).toMatchObject({ code: 'server' });
    expect(message.metadata?.error?.message).toContain('The model crashed.');
    expect(getReasoningText(message)).toBe(REASONING);
    expect(getMessageText(message)).toBe('Let me');
    expect(getToolCalls(message)).toEqual([]);
  });

  it("'malformed-frame': a cut frame after the tokens sent is a 'protocol' error", () => {
    const scenario: MockScenario = { ...SCENARIO, fault: { type: 'malformed-frame', afterTokens: REASONING_TOKENS + 2 } };
    const frames = createMockStreamFrames(scenario, undefined, format);
    const failure = decodeFailure(encoder.encode(frames.join('')), protocol);
    expect(isChatStreamError(failure) && failure.code).toBe('protocol');
    // Everything before the cut frame is a valid, unfinished answer.
    const before = decodeBytes([encoder.encode(frames.slice(0, -1).join(''))], { protocol });
    expect(getMessageText(before)).toBe('Let me');
  });

  it("'no-done': the body ends without the format's ending, which reads as 'incomplete'", () => {
    const message = decodeBytes([bytesOf({ ...SCENARIO, fault: { type: 'no-done' } }, format)], { protocol });
    expect(message.metadata?.error?.code).toBe('incomplete');
    expect(getMessageText(message)).toBe(TEXT);
  });

  it("'stall': the bytes before the stall arrive, then nothing until the abort", async () => {
    const scenario: MockScenario = { ...SCENARIO, tokensPerSecond: Infinity, fault: { type: 'stall', afterTokens: REASONING_TOKENS + 1 } };
    const controller = new AbortController();
    const response = await createMockChatFetch(scenario, { format })('http://mock.test/chat', { method: 'POST', body: '{}', signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const expected = createMockStreamFrames(scenario, undefined, format).join('');
    let text = '';
    while (text.length < expected.length) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    expect(text).toBe(expected);
    const next = reader.read();
    const pending = await Promise.race([next.then(() => false, () => false), new Promise((resolve) => setTimeout(() => resolve(true), 30))]);
    expect(pending).toBe(true);
    controller.abort();
    await expect(next).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("'drop': the mock fetch errors the body after the same bytes the frames hold", async () => {
    const scenario: MockScenario = { ...SCENARIO, tokensPerSecond: Infinity, chunkSize: 9, fault: { type: 'drop', afterTokens: REASONING_TOKENS + 1 } };
    const response = await createMockChatFetch(scenario, { format })('http://mock.test/chat', { method: 'POST', body: '{}' });
    const { text, error } = await readUntilFailure(response.body as ReadableStream<Uint8Array>);
    expect(error).toBeInstanceOf(TypeError);
    expect(text).toBe(createMockStreamFrames(scenario, undefined, format).join(''));
    expect(getMessageText(decodeBytes([encoder.encode(text)], { protocol }))).toBe('Let');
  });
});

describe('one scenario across formats', () => {
  it('sends explicit usage in each format that carries it, named its own way', () => {
    const usage = { promptTokens: 11, completionTokens: 22, reasoningTokens: 3, cachedTokens: 4 };
    for (const [format, protocol] of DECODED.filter(([format]) => format !== 'ai-sdk-ui' && format !== 'ag-ui')) {
      const message = decodeBytes([bytesOf({ ...SCENARIO, usage }, format)], { protocol });
      expect(message.metadata?.usage, format).toMatchObject({ inputTokens: 11, outputTokens: 22, cachedInputTokens: 4 });
      // Anthropic does not count reasoning tokens apart.
      if (format !== 'anthropic') expect(message.metadata?.usage?.reasoningTokens, format).toBe(3);
      expect(message.metadata?.usage?.totalTokens, format).toBe(33);
    }
  });

  it("maps the finish reason to each format's words", () => {
    const finish = (format: MockWireFormat, protocol: ChatProtocol, scenario: MockScenario) =>
      decodeBytes([bytesOf(scenario, format)], { protocol }).metadata?.finishReason;
    expect(finish('openai-chat', openAIChatProtocol, { text: 'a', finishReason: 'length' })).toBe('length');
    expect(finish('anthropic', anthropicProtocol, { text: 'a', finishReason: 'length' })).toBe('max_tokens');
    expect(finish('anthropic', anthropicProtocol, { toolCalls: [{ name: 'f', arguments: {} }] })).toBe('tool_use');
    expect(finish('openai-responses', openAIResponsesProtocol, { text: 'a', finishReason: 'length' })).toBe('max_output_tokens');
    expect(finish('ai-sdk-ui', aiSdkUiProtocol, { toolCalls: [{ name: 'f', arguments: {} }] })).toBe('tool-calls');
    expect(finish('gemini', geminiProtocol, { text: 'a', finishReason: 'length' })).toBe('MAX_TOKENS');
  });

  it('sends a refusal as Responses refusal content, and as text with stop_reason refusal in Anthropic', () => {
    const responses = decodeBytes([bytesOf({ text: 'Well.', refusal: "I can't help with that." }, 'openai-responses')], { protocol: openAIResponsesProtocol });
    expect(getMessageText(responses)).toBe('Well.');
    expect(getRefusalText(responses)).toBe("I can't help with that.");
    const anthropic = decodeBytes([bytesOf({ refusal: "I can't help with that." }, 'anthropic')], { protocol: anthropicProtocol });
    expect(getMessageText(anthropic)).toBe("I can't help with that.");
    expect(anthropic.metadata?.finishReason).toBe('refusal');
  });

  it('carries the thinking signature Anthropic needs sent back', () => {
    const message = decodeBytes([bytesOf({ reasoning: 'Hmm.', text: 'Yes.' }, 'anthropic')], { protocol: anthropicProtocol });
    const reasoning = message.parts[0];
    expect(reasoning?.type === 'reasoning' && reasoning.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it("answers an 'http' fault with the provider's own error body", async () => {
    const body = async (format: MockWireFormat) => {
      const response = await createMockChatFetch({ fault: { type: 'http', status: 429, message: 'Slow down.' } }, { format })('http://mock.test/', { method: 'POST' });
      expect(response.status).toBe(429);
      return (await response.json()) as unknown;
    };
    expect(await body('anthropic')).toEqual({ type: 'error', error: { type: 'rate_limit_error', message: 'Slow down.' } });
    expect(await body('gemini')).toEqual({ error: { code: 429, message: 'Slow down.', status: 'RESOURCE_EXHAUSTED' } });
    for (const format of ['openai-chat', 'openai-responses', 'ai-sdk-ui', 'ag-ui'] as const) {
      expect(await body(format)).toMatchObject({ error: { message: 'Slow down.', code: 'rate_limit_exceeded' } });
    }
  });

  it("sends each format's stream headers, the AI SDK's protocol header included", () => {
    for (const format of ['openai-chat', 'openai-responses', 'anthropic', 'gemini', 'ai-sdk-ui', 'ag-ui'] as const) {
      const { headers, status } = createMockStreamPlan({ text: 'x' }, undefined, format);
      expect(status).toBe(200);
      expect(headers['content-type']).toMatch(/^text\/event-stream/);
      expect(headers['x-vercel-ai-ui-message-stream']).toBe(format === 'ai-sdk-ui' ? 'v1' : undefined);
    }
  });

  it('keeps the Chat Completions default when no format is named', () => {
    expect(createMockStreamFrames(SCENARIO)).toEqual(createMockStreamFrames(SCENARIO, undefined, 'openai-chat'));
    expect(createMockStreamPlan(SCENARIO)).toEqual(createMockStreamPlan(SCENARIO, undefined, 'openai-chat'));
  });
});

describe('the format option', () => {
  it('takes the protocol object the store speaks, and refuses a format it cannot write', async () => {
    const response = await createMockChatFetch({ text: 'Hi there' }, { format: anthropicProtocol })('http://mock.test/', { method: 'POST', body: '{}' });
    expect(getMessageText(decodeBytes([new Uint8Array(await response.arrayBuffer())], { protocol: anthropicProtocol }))).toBe('Hi there');
    expect(() => createMockChatFetch({}, { format: { name: 'carrier-pigeon' } })).toThrow(
      expect.objectContaining({ code: 'config', message: expect.stringMatching(/carrier-pigeon.*openai-chat, openai-responses/) }),
    );
  });
});
