import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatPart } from '../../../src/message';
import { agUiProtocol, toAgUiMessages } from '../../../src/protocols/ag-ui';

const user = (id: string, parts: ChatPart[]): ChatMessage => ({ id, role: 'user', parts, status: 'complete' });
const assistant = (id: string, parts: ChatPart[], status: ChatMessage['status'] = 'complete'): ChatMessage => ({ id, role: 'assistant', parts, status });
const call = (toolCallId: string, extra: Partial<Extract<ChatPart, { type: 'tool-call' }>> = {}): ChatPart => ({
  type: 'tool-call',
  toolCallId,
  toolName: 'lookup',
  argumentsText: '{"q":"x"}',
  args: { q: 'x' },
  state: 'ready',
  ...extra,
});

describe('toAgUiMessages', () => {
  it('sends system and user text as strings and user files as multimodal content', () => {
    const messages = toAgUiMessages([
      { id: 's', role: 'system', parts: [{ type: 'text', text: 'Be brief.' }], status: 'complete' },
      user('u1', [{ type: 'text', text: 'Hi' }]),
      user('u2', [
        { type: 'text', text: 'What is this?' },
        { type: 'file', mediaType: 'image/png', data: 'iVBORw0KGgo=' },
        { type: 'file', mediaType: 'application/pdf', url: 'https://example.com/a.pdf', name: 'a.pdf' },
        { type: 'file', mediaType: 'audio/wav', data: 'UklGRg==' },
      ]),
    ]);
    expect(messages).toStrictEqual([
      { id: 's', role: 'system', content: 'Be brief.' },
      { id: 'u1', role: 'user', content: 'Hi' },
      {
        id: 'u2',
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image', source: { type: 'data', value: 'iVBORw0KGgo=', mimeType: 'image/png' } },
          { type: 'document', source: { type: 'url', value: 'https://example.com/a.pdf', mimeType: 'application/pdf' } },
          { type: 'audio', source: { type: 'data', value: 'UklGRg==', mimeType: 'audio/wav' } },
        ],
      },
    ]);
  });

  it('splits an agent turn into assistant, tool and reasoning messages per step, in order', () => {
    const messages = toAgUiMessages([
      assistant('a', [
        { type: 'reasoning', text: 'Plan', encrypted: 'enc', providerData: { messageId: 'r1' } },
        { type: 'text', text: 'Looking up.' },
        call('c1', { result: { hits: 2 }, providerData: { encryptedValue: 'enc-call' } }),
        call('c2', { result: 'not found', isError: true }),
        { type: 'step-start' },
        { type: 'text', text: 'Done: 2 hits.', providerData: { messageId: 'm9' } },
        { type: 'source', sourceType: 'url', url: 'https://example.com' },
      ]),
    ]);
    expect(messages).toStrictEqual([
      { id: 'r1', role: 'reasoning', content: 'Plan', encryptedValue: 'enc' },
      {
        id: 'a',
        role: 'assistant',
        content: 'Looking up.',
        toolCalls: [
          { id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' }, encryptedValue: 'enc-call' },
          { id: 'c2', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } },
        ],
      },
      { id: 'c1-result', role: 'tool', toolCallId: 'c1', content: '{"hits":2}' },
      { id: 'c2-result', role: 'tool', toolCallId: 'c2', content: 'not found', error: 'not found' },
      { id: 'm9', role: 'assistant', content: 'Done: 2 hits.' },
    ]);
  });

  it('sends encrypted reasoning back on the assistant message it was attached to, or as a reasoning message', () => {
    const messages = toAgUiMessages([
      assistant('a', [
        { type: 'text', text: 'Answer.', providerData: { messageId: 'm1' } },
        { type: 'reasoning', text: '', encrypted: 'enc-m1', providerData: { entityId: 'm1' } },
        { type: 'reasoning', text: '', encrypted: 'enc-other', providerData: { entityId: 'elsewhere' } },
      ]),
    ]);
    expect(messages).toStrictEqual([
      { id: 'm1', role: 'assistant', content: 'Answer.', encryptedValue: 'enc-m1' },
      { id: 'elsewhere', role: 'reasoning', content: '', encryptedValue: 'enc-other' },
    ]);
  });

  it('starts a new assistant message for text after tool calls even without a step marker, and numbers derived ids', () => {
    const messages = toAgUiMessages([assistant('a', [call('c1'), { type: 'text', text: 'after' }, call('c2'), { type: 'text', text: 'later' }])]);
    expect(messages.map((message) => [message.id, message.role, 'content' in message ? message.content : undefined])).toStrictEqual([
      ['a', 'assistant', undefined],
      ['a-1', 'assistant', 'after'],
      ['a-2', 'assistant', 'later'],
    ]);
    expect(messages[1]).toMatchObject({ toolCalls: [{ id: 'c2' }] });
  });

  it('leaves out assistant messages with nothing to send, and keeps calls still waiting for a result', () => {
    const messages = toAgUiMessages([assistant('failed', [], 'error'), assistant('a', [call('c1')])]);
    expect(messages).toStrictEqual([{ id: 'a', role: 'assistant', toolCalls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } }] }]);
  });
});

describe('agUiProtocol.buildRequest', () => {
  it('builds a RunAgentInput with the chat id as thread, a fresh run id and the agent state', () => {
    const history = [user('u1', [{ type: 'text', text: 'Hi' }])];
    const first = agUiProtocol.buildRequest(history, { api: '/agent', chatId: 'chat-1', state: { step: 3 } });
    const second = agUiProtocol.buildRequest(history, { api: '/agent', chatId: 'chat-1' });
    expect(first.headers).toStrictEqual({ 'content-type': 'application/json', accept: 'text/event-stream' });
    expect(first.body).toStrictEqual({
      threadId: 'chat-1',
      runId: expect.any(String) as string,
      state: { step: 3 },
      messages: [{ id: 'u1', role: 'user', content: 'Hi' }],
      tools: [],
      context: [],
      forwardedProps: {},
    });
    expect((second.body as { state: unknown }).state).toStrictEqual({});
    expect((second.body as { runId: string }).runId).not.toBe((first.body as { runId: string }).runId);
  });

  it('makes run ids without crypto.randomUUID (pages served over plain http)', () => {
    const own = Object.getOwnPropertyDescriptor(globalThis.crypto, 'randomUUID');
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, () => (agUiProtocol.buildRequest([], { api: '/a', chatId: 'c' }).body as { runId: string }).runId));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(/^run_/);
    } finally {
      if (own) Object.defineProperty(globalThis.crypto, 'randomUUID', own);
      else delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
      expect(typeof globalThis.crypto.randomUUID).toBe('function');
    }
  });
});
