import { describe, expect, it } from 'vitest';
import { getMessageText, getToolCalls, type ChatMessage, type ChatPart } from '../../src/message';
import { aiSdkUiProtocol, anthropicProtocol, openAIChatProtocol, openAIResponsesProtocol, type ChatProtocol } from '../../src/protocols';
import { agUiProtocol } from '../../src/protocols/ag-ui';
import { geminiProtocol } from '../../src/protocols/gemini';
import { createMockChatFetch, createMockChatRequest, createMockStreamFrames } from '../../src/testing';
import type { MockChatRequest, MockScenario, MockWireFormat } from '../../src/testing';
import { decodeBytes } from '../core/decodeBytes';

const FORMATS: [MockWireFormat, ChatProtocol][] = [
  ['openai-chat', openAIChatProtocol],
  ['openai-responses', openAIResponsesProtocol],
  ['anthropic', anthropicProtocol],
  ['gemini', geminiProtocol],
  ['ai-sdk-ui', aiSdkUiProtocol],
  ['ag-ui', agUiProtocol],
];

// Tool → tool (the same tool again, so Gemini's by-name matching must count) → text.
const AGENT: MockScenario = {
  tokensPerSecond: Infinity,
  steps: [
    { text: 'Looking it up.', toolCalls: [{ name: 'search', arguments: { q: 'Oslo weather' } }] },
    { toolCalls: [{ name: 'search', arguments: { q: 'Oslo forecast' } }, { name: 'get_time', arguments: { city: 'Oslo' } }] },
    { text: 'Sunny in Oslo, 21 °C at noon.' },
  ],
};

const encoder = new TextEncoder();
const user: ChatMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Weather in Oslo?' }], status: 'complete' };

/** What the app's protocol sends for `messages`, as the mock server sees it. */
function requestOf(protocol: ChatProtocol, messages: ChatMessage[]): MockChatRequest {
  const api = 'http://mock.test/v1beta/models/mock-model:streamGenerateContent?alt=sse';
  const { body } = protocol.buildRequest(messages, { api, chatId: 'chat-1' });
  return createMockChatRequest(api, JSON.stringify(body));
}

/** The mock's answer to `request`, read back by the protocol's own decoder. */
function answer(format: MockWireFormat, protocol: ChatProtocol, scenario: MockScenario, request: MockChatRequest): ChatMessage {
  const frames = createMockStreamFrames(scenario, request, format);
  return decodeBytes(frames.map((frame) => encoder.encode(frame)), { protocol });
}

/** The store's way: each step's parts join one assistant message, every call answered, a step start between. */
function answered(parts: ChatPart[]): ChatPart[] {
  return parts.map((part) => (part.type === 'tool-call' ? { ...part, result: { ok: part.toolName } } : part));
}

describe('multi-step mock scenarios', () => {
  it.each(FORMATS)('%s: tool call, another round of calls once the results arrive, then text, through the real encoder and decoder', (format, protocol) => {
    const texts: string[] = [];
    const calls: string[][] = [];
    let parts: ChatPart[] = [];
    for (let round = 0; round < 3; round++) {
      const conversation = parts.length === 0 ? [user] : [user, { id: 'a1', role: 'assistant' as const, parts, status: 'complete' as const }];
      const request = requestOf(protocol, conversation);
      expect(request.lastUserText).toBe('Weather in Oslo?');
      expect(request.toolResults).toHaveLength([0, 1, 3][round]!);
      const message = answer(format, protocol, AGENT, request);
      expect(message.status).toBe('complete');
      texts.push(getMessageText(message));
      calls.push(getToolCalls(message).map((call) => `${call.toolName} ${JSON.stringify(call.args)}`));
      parts = [...parts, ...(parts.length === 0 ? [] : [{ type: 'step-start' as const }]), ...answered(message.parts)];
    }
    expect(texts).toEqual(['Looking it up.', '', 'Sunny in Oslo, 21 °C at noon.']);
    expect(calls).toEqual([['search {"q":"Oslo weather"}'], ['search {"q":"Oslo forecast"}', 'get_time {"city":"Oslo"}'], []]);
    // Each step is its own response: no call id repeats across the steps (Gemini streams no ids; the
    // decoder names its calls, so there the steps were told apart by counting results per tool name).
    const ids = getToolCalls({ ...user, parts }).map((call) => call.toolCallId);
    if (format !== 'gemini') expect(new Set(ids).size).toBe(3);
  });

  it.each(FORMATS)('%s: a fault at the second step fails only that response, keeping its partial text', (format, protocol) => {
    const scenario: MockScenario = {
      tokensPerSecond: Infinity,
      steps: [{ toolCalls: [{ name: 'search', arguments: { q: 'Oslo' } }] }, { text: 'Sunny in Oslo today.', fault: { type: 'error-frame', afterTokens: 2, message: 'overloaded' } }],
    };
    const first = answer(format, protocol, scenario, requestOf(protocol, [user]));
    expect(first.status).toBe('complete');
    expect(getToolCalls(first)).toHaveLength(1);
    const second = answer(format, protocol, scenario, requestOf(protocol, [user, { ...first, id: 'a1', parts: answered(first.parts) }]));
    expect(second.status).toBe('error');
    expect(second.metadata?.error?.message).toContain('overloaded');
    expect(getMessageText(second)).toBe('Sunny in');
  });
});

describe('step selection', () => {
  const post = (fetch: typeof globalThis.fetch, body: object) => fetch('http://mock.test/v1/chat/completions', { method: 'POST', body: JSON.stringify(body) });
  const weather: MockScenario = {
    tokensPerSecond: Infinity,
    steps: [{ toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' }, id: 'call_w' }] }, { text: 'Sunny.' }],
  };

  it('records the step each request was answered with, and an http fault at any step answers with its status', async () => {
    const scenario: MockScenario = { ...weather, steps: [weather.steps![0]!, { fault: { type: 'http', status: 503 } }] };
    const fetch = createMockChatFetch(scenario);
    const ask = { messages: [{ role: 'user', content: 'Weather?' }] };
    expect((await post(fetch, ask)).status).toBe(200);
    const toolTurn = {
      messages: [
        ...ask.messages,
        { role: 'assistant', tool_calls: [{ id: 'call_w', type: 'function', function: { name: 'get_weather', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_w', content: 'sunny' },
      ],
    };
    expect((await post(fetch, toolTurn)).status).toBe(503);
    expect(fetch.calls.map((call) => call.step)).toEqual([0, 1]);
    expect(fetch.calls[1]?.toolResults).toEqual([{ toolCallId: 'call_w', content: 'sunny', isError: false }]);
    expect(fetch.calls[1]?.scenario).toMatchObject({ fault: { type: 'http', status: 503 }, tokensPerSecond: Infinity });
    expect(fetch.calls[1]?.scenario).not.toHaveProperty('steps');
  });

  it('starts again at the first step on a new user message, ignores results of other calls, and stays on the last step', () => {
    const frames = (messages: object[]) => createMockStreamFrames(weather, createMockChatRequest('http://mock.test/', JSON.stringify({ messages }))).join('');
    const call = { role: 'assistant', tool_calls: [{ id: 'call_w', type: 'function', function: { name: 'get_weather', arguments: '{}' } }] };
    const result = (id: string) => ({ role: 'tool', tool_call_id: id, content: 'sunny' });
    const ask = { role: 'user', content: 'Weather?' };
    const sunny = frames([ask, call, result('call_w')]);
    expect(sunny).toContain('"content":"Sunny"');
    expect(frames([ask])).toContain('"id":"call_w"');
    // A result for another call does not advance the step.
    expect(frames([ask, call, result('call_other')])).toContain('"id":"call_w"');
    // The previous turn's result is history: a new question starts over.
    expect(frames([ask, call, result('call_w'), { role: 'assistant', content: 'Sunny.' }, { role: 'user', content: 'And tomorrow?' }])).toContain('"id":"call_w"');
    // More results than steps: the last step again.
    const past = frames([ask, call, result('call_w'), call, result('call_w')]);
    expect(past).toContain('"content":"Sunny"');
    expect(past).not.toContain('call_w');
  });

  it('shares the delivery fields with every step but not the content', () => {
    const scenario: MockScenario = { ...weather, text: 'not a step', fault: { type: 'drop' }, model: 'gpt-mock', usage: false };
    const frames = createMockStreamFrames(scenario, createMockChatRequest('http://mock.test/', JSON.stringify({ messages: [{ role: 'user', content: 'Hi' }] })));
    const body = frames.join('');
    expect(body).toContain('"model":"gpt-mock"');
    expect(body).not.toContain('not a step');
    expect(body).not.toContain('"usage"');
    // Not dropped: the finish and the terminator are sent.
    expect(frames.at(-1)).toBe('data: [DONE]\n\n');
  });

  it('gives each step its own seed, so responses differ in ids, and a step may set its own', () => {
    const scenario: MockScenario = { seed: 7, steps: [{ toolCalls: [{ name: 'a', arguments: {} }] }, { toolCalls: [{ name: 'a', arguments: {} }] }] };
    const request = (messages: object[]) => createMockChatRequest('http://mock.test/', JSON.stringify({ messages }));
    const idOf = (text: string) => /"id":"(call_[A-Za-z0-9]+)"/.exec(text)?.[1];
    const first = createMockStreamFrames(scenario, request([{ role: 'user', content: 'go' }])).join('');
    const firstId = idOf(first);
    expect(firstId).toMatch(/^call_[A-Za-z0-9]{24}$/);
    const next = request([{ role: 'user', content: 'go' }, { role: 'tool', tool_call_id: firstId, content: 'done' }]);
    const second = createMockStreamFrames(scenario, next).join('');
    expect(idOf(second)).not.toBe(firstId);
    // Deterministic: the same request gives the same bytes.
    expect(createMockStreamFrames(scenario, next).join('')).toBe(second);
    const pinned: MockScenario = { ...scenario, steps: [scenario.steps![0]!, { ...scenario.steps![1]!, seed: 7 }] };
    expect(createMockStreamFrames(pinned, next).join('')).not.toBe(second);
  });
});
