import { describe, it, expect } from 'vitest';
import { createAnthropicDecoder } from '../../../src/protocols/anthropic';
import type { StreamPart } from '../../../src/protocols';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';

function decodeWhole(body: unknown): StreamPart[] {
  const parts: StreamPart[] = [];
  createAnthropicDecoder().decodeCompletion!(body, (part) => parts.push(part));
  return parts;
}

describe('createAnthropicDecoder().decodeCompletion: a server that ignored stream: true', () => {
  it('reads a whole message with the stream rules, marked streamed: false', () => {
    const parts = decodeWhole({
      id: 'msg_9',
      type: 'message',
      role: 'assistant',
      model: 'claude-x',
      content: [
        { type: 'thinking', thinking: 'hmm', signature: 'sig' },
        { type: 'text', text: 'Hi', citations: [{ type: 'char_location', cited_text: 'c', document_title: 'Doc' }] },
        { type: 'tool_use', id: 'toolu_9', name: 'f', input: { x: [1] } },
      ],
      stop_reason: 'tool_use',
      usage: { input_tokens: 3, output_tokens: 4 },
    });
    expect(parts).toEqual([
      { type: 'metadata', streamed: false },
      { type: 'metadata', id: 'msg_9', model: 'claude-x' },
      { type: 'usage', usage: { inputTokens: 3, outputTokens: 4, totalTokens: 7, raw: { input_tokens: 3, output_tokens: 4 } } },
      { type: 'reasoning', choice: 0, delta: 'hmm', signature: 'sig' },
      { type: 'part-end', choice: 0 },
      { type: 'source', choice: 0, source: { sourceType: 'document', title: 'Doc', mediaType: 'text/plain', citedText: 'c' } },
      { type: 'text', choice: 0, delta: 'Hi' },
      { type: 'part-end', choice: 0 },
      { type: 'tool-call', choice: 0, index: 2, id: 'toolu_9', name: 'f', argumentsDelta: '' },
      { type: 'tool-call', choice: 0, index: 2, argumentsDelta: '{"x":[1]}', end: true },
      { type: 'part-end', choice: 0 },
      { type: 'finish', choice: 0, reason: 'tool_use' },
      { type: 'done' },
    ]);
  });

  it('an error body is the server’s error', () => {
    const parts = decodeWhole({ type: 'error', error: { type: 'rate_limit_error', message: 'Slow down' } });
    expect(parts).toHaveLength(1);
    const error = (parts[0] as { error: ChatStreamError }).error;
    expect(error).toMatchObject({ code: 'server', message: 'Slow down', providerCode: 'rate_limit_error' });
  });

  it.each([[[1, 2]], [{ type: 'message' }], ['text']])('JSON that is not a message (%j) is a protocol error', (body) => {
    expect(() => decodeWhole(body)).toThrow(ChatStreamError);
    expect(() => decodeWhole(body)).toThrow(/not an Anthropic message/);
  });
});
