import { convertToModelMessages, validateUIMessages, type UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, ToolCallPart } from '../../../src/message';
import { aiSdkUiProtocol, toUIMessages } from '../../../src/protocols/ai-sdk-ui';

const call = (fields: Partial<ToolCallPart> = {}): ToolCallPart => ({
  type: 'tool-call',
  toolCallId: 'call_1',
  toolName: 'get_weather',
  argumentsText: '{"city":"Paris"}',
  args: { city: 'Paris' },
  state: 'ready',
  ...fields,
});
const assistant = (parts: ChatMessage['parts'], metadata?: ChatMessage['metadata']): ChatMessage => ({ id: 'a1', role: 'assistant', parts, status: 'complete', ...(metadata ? { metadata } : {}) });

const CONVERSATION: ChatMessage[] = [
  { id: 's1', role: 'system', parts: [{ type: 'text', text: 'Be brief.' }], status: 'complete' },
  {
    id: 'u1',
    role: 'user',
    parts: [
      { type: 'text', text: 'Weather in Paris? See the photo.' },
      { type: 'file', mediaType: 'image/png', name: 'sky.png', data: 'iVBORw0KGgo=' },
    ],
    status: 'complete',
  },
  assistant(
    [
      { type: 'reasoning', text: 'Use the tool.', providerData: { providerMetadata: { anthropic: { signature: 'sig' } } } },
      call({ result: { temp: 18 } }),
      { type: 'step-start' },
      { type: 'text', text: 'It is 18 °C.' },
      { type: 'source', sourceType: 'url', id: 'src1', url: 'https://weather.example', title: 'Weather' },
      { type: 'data', name: 'weather', id: 'w', data: { temp: 18 } },
    ],
    { responseId: 'srv-msg-1', custom: { model: 'm' } },
  ),
];

describe('toUIMessages', () => {
  it('encodes every part type in the UIMessage shape, in order', () => {
    expect(toUIMessages(CONVERSATION)).toStrictEqual([
      { id: 's1', role: 'system', parts: [{ type: 'text', text: 'Be brief.' }] },
      {
        id: 'u1',
        role: 'user',
        parts: [
          { type: 'text', text: 'Weather in Paris? See the photo.' },
          { type: 'file', mediaType: 'image/png', url: 'data:image/png;base64,iVBORw0KGgo=', filename: 'sky.png' },
        ],
      },
      {
        id: 'srv-msg-1',
        role: 'assistant',
        parts: [
          { type: 'reasoning', text: 'Use the tool.', providerMetadata: { anthropic: { signature: 'sig' } } },
          { type: 'tool-get_weather', toolCallId: 'call_1', state: 'output-available', input: { city: 'Paris' }, output: { temp: 18 } },
          { type: 'step-start' },
          { type: 'text', text: 'It is 18 °C.' },
          { type: 'source-url', sourceId: 'src1', url: 'https://weather.example', title: 'Weather' },
          { type: 'data-weather', id: 'w', data: { temp: 18 } },
        ],
        metadata: { model: 'm' },
      },
    ]);
  });

  it.each<[string, Partial<ToolCallPart>, object]>([
    ['waiting for its result', {}, { state: 'input-available' }],
    ['still streaming', { state: 'streaming' }, { state: 'input-streaming' }],
    ['with an error result', { result: 'Timeout', isError: true }, { state: 'output-error', errorText: 'Timeout' }],
    ['with malformed arguments', { state: 'invalid', parseError: 'Unexpected end' }, { state: 'output-error', errorText: 'Unexpected end' }],
    ['awaiting approval', { approval: { state: 'requested', id: 'ap' } }, { state: 'approval-requested', approval: { id: 'ap' } }],
    ['approved', { approval: { state: 'approved', id: 'ap' } }, { state: 'approval-responded', approval: { id: 'ap', approved: true } }],
    ['denied', { approval: { state: 'denied', id: 'ap', reason: 'No' } }, { state: 'output-denied', approval: { id: 'ap', approved: false, reason: 'No' } }],
    ['approved and run', { approval: { state: 'approved', id: 'ap' }, result: 'ok' }, { state: 'output-available', output: 'ok', approval: { id: 'ap', approved: true } }],
  ])('a call %s', (_, fields, expected) => {
    const [message] = toUIMessages([assistant([call(fields)])]);
    expect(message?.parts[0]).toMatchObject({ type: 'tool-get_weather', toolCallId: 'call_1', input: { city: 'Paris' }, ...expected });
  });

  it('a dynamic tool keeps its name, flags and call metadata', () => {
    const dynamic = call({ providerExecuted: true, providerData: { dynamic: true, title: 'Weather', providerMetadata: { openai: { itemId: 'i' } } } });
    expect(toUIMessages([assistant([dynamic])])[0]?.parts[0]).toStrictEqual({
      type: 'dynamic-tool',
      toolName: 'get_weather',
      toolCallId: 'call_1',
      state: 'input-available',
      input: { city: 'Paris' },
      providerExecuted: true,
      title: 'Weather',
      callProviderMetadata: { openai: { itemId: 'i' } },
    });
  });

  it('joins consecutive assistant messages the server answered under one id, as the one message it knows', () => {
    const first = assistant([call({ result: 'ok' })], { responseId: 'srv', custom: { a: 1 } });
    const second = { ...assistant([{ type: 'text', text: 'Done.' }], { responseId: 'srv', custom: { b: 2 } }), id: 'a2' };
    const other = { ...assistant([{ type: 'text', text: 'Other.' }], { responseId: 'srv-2' }), id: 'a3' };
    const out = toUIMessages([first, second, other]);
    expect(out.map((message) => message.id)).toEqual(['srv', 'srv-2']);
    expect(out[0]?.parts.map((part) => part.type)).toEqual(['tool-get_weather', 'step-start', 'text']);
    expect(out[0]?.metadata).toEqual({ a: 1, b: 2 });
  });

  it('leaves out assistant messages without parts and sends refusals as text', () => {
    const out = toUIMessages([assistant([]), { ...assistant([{ type: 'refusal', text: 'I cannot.' }]), id: 'a2' }]);
    expect(out).toEqual([{ id: 'a2', role: 'assistant', parts: [{ type: 'text', text: 'I cannot.' }] }]);
  });

  it('passes the SDK’s own validateUIMessages and becomes the model messages a route sends', async () => {
    const messages = toUIMessages(CONVERSATION) as unknown as UIMessage[];
    await expect(validateUIMessages({ messages })).resolves.toHaveLength(3);
    const model = await convertToModelMessages(messages);
    expect(model.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'tool', 'assistant']);
    expect(model[2]?.content).toEqual([
      { type: 'reasoning', text: 'Use the tool.', providerOptions: { anthropic: { signature: 'sig' } } },
      expect.objectContaining({ type: 'tool-call', toolCallId: 'call_1', toolName: 'get_weather', input: { city: 'Paris' } }),
    ]);
    expect(model[3]?.content).toEqual([expect.objectContaining({ type: 'tool-result', toolCallId: 'call_1', output: { type: 'json', value: { temp: 18 } } })]);
  });
});

describe('aiSdkUiProtocol.buildRequest', () => {
  it('is the DefaultChatTransport body: chat id, UI messages, submit-message', () => {
    const request = aiSdkUiProtocol.buildRequest(CONVERSATION.slice(0, 2), { api: '/api/chat', chatId: 'chat-7' });
    expect(request).toStrictEqual({
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: { id: 'chat-7', messages: toUIMessages(CONVERSATION.slice(0, 2)), trigger: 'submit-message' },
    });
    expect(aiSdkUiProtocol.name).toBe('ai-sdk-ui');
  });
});
