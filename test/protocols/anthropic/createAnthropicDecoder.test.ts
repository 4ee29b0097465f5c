import { describe, it, expect } from 'vitest';
import { createAnthropicDecoder } from '../../../src/protocols/anthropic';
import type { StreamPart } from '../../../src/protocols';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';

/** Decodes hand-written events (objects are sent as JSON with their type as the SSE event name). */
function decode(events: readonly (object | string)[]): StreamPart[] {
  const decoder = createAnthropicDecoder();
  const parts: StreamPart[] = [];
  for (const event of events) {
    const data = typeof event === 'string' ? event : JSON.stringify(event);
    decoder.decode({ data, event: typeof event === 'string' ? undefined : (event as { type?: string }).type }, (part) => parts.push(part));
  }
  return parts;
}

function protocolError(events: readonly (object | string)[]): ChatStreamError {
  try {
    decode(events);
  } catch (error) {
    if (error instanceof ChatStreamError) return error;
    throw error;
  }
  throw new Error('expected a protocol error');
}

const start = { type: 'message_start', message: { id: 'msg_1', model: 'claude-x', usage: { input_tokens: 10, output_tokens: 1 } } };

describe('createAnthropicDecoder on hand-written events', () => {
  it('a tool_use whose input came whole in content_block_start gets it as arguments at the stop', () => {
    const parts = decode([
      { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_1', name: 'f', input: { a: 1 } } },
      { type: 'content_block_stop', index: 0 },
    ]);
    expect(parts).toEqual([
      { type: 'tool-call', choice: 0, index: 0, id: 'toolu_1', name: 'f', argumentsDelta: '' },
      { type: 'tool-call', choice: 0, index: 0, argumentsDelta: '{"a":1}', end: true },
      { type: 'part-end', choice: 0 },
    ]);
  });

  it('message_delta usage overwrites counter by counter, keeping input_tokens from message_start', () => {
    const parts = decode([start, { type: 'message_delta', delta: { stop_reason: 'pause_turn' }, usage: { output_tokens: 7, cache_read_input_tokens: 4 } }, { type: 'message_stop' }]);
    expect(parts).toEqual([
      { type: 'metadata', id: 'msg_1', model: 'claude-x' },
      { type: 'usage', usage: { inputTokens: 10, outputTokens: 1, totalTokens: 11, raw: { input_tokens: 10, output_tokens: 1 } } },
      { type: 'finish', choice: 0, reason: 'pause_turn' },
      {
        type: 'usage',
        usage: { inputTokens: 14, outputTokens: 7, totalTokens: 21, cachedInputTokens: 4, raw: { input_tokens: 10, output_tokens: 7, cache_read_input_tokens: 4 } },
      },
      { type: 'done' },
    ]);
  });

  it('ping, unknown events, unknown blocks and unknown deltas are skipped', () => {
    const parts = decode([
      { type: 'ping' },
      { type: 'future_event', index: 'x' },
      { type: 'content_block_start', index: 0, content_block: { type: 'container_upload', file_id: 'f' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'future_delta', x: 1 } },
      '{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{}"}}',
    ]);
    expect(parts).toEqual([]);
  });

  it('a bare payload takes its type from the SSE event name', () => {
    const decoder = createAnthropicDecoder();
    const parts: StreamPart[] = [];
    decoder.decode({ event: 'message_stop', data: '{}' }, (part) => parts.push(part));
    expect(parts).toEqual([{ type: 'done' }]);
  });

  it('a block that starts before the previous one stopped still starts a new part', () => {
    const parts = decode([
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: 'a' } },
      { type: 'content_block_start', index: 1, content_block: { type: 'text', text: 'b' } },
    ]);
    expect(parts.map((part) => part.type)).toEqual(['text', 'part-end', 'text']);
  });

  it('a second message_start starts a step and moves block indexes past the first message’s', () => {
    const call = (id: string) => ({ type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id, name: 'f', input: {} } });
    const parts = decode([start, call('a'), { type: 'content_block_stop', index: 0 }, start, call('b')]);
    const calls = parts.filter((part) => part.type === 'tool-call' && part.id !== undefined);
    expect(calls.map((part) => (part as { index: number }).index)).toEqual([0, 1]);
    expect(parts.filter((part) => part.type === 'step-start')).toHaveLength(1);
  });

  it('a server tool error result marks the call isError', () => {
    const parts = decode([
      { type: 'content_block_start', index: 0, content_block: { type: 'server_tool_use', id: 'srv_1', name: 'web_search', input: { query: 'q' } } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'web_search_tool_result', tool_use_id: 'srv_1', content: { type: 'web_search_tool_result_error', error_code: 'max_uses_exceeded' } } },
    ]);
    expect(parts.at(-1)).toEqual({ type: 'tool-result', choice: 0, toolCallId: 'srv_1', result: { type: 'web_search_tool_result_error', error_code: 'max_uses_exceeded' }, isError: true });
    expect(parts[0]).toMatchObject({ providerExecuted: true, name: 'web_search' });
    expect(parts[1]).toMatchObject({ argumentsDelta: '{"query":"q"}', end: true });
  });

  it.each([
    ['not JSON', 'event: nope', /expected JSON/],
    ['no type at all', '{"index":0}', /no `type`/],
    ['a delta without an index', '{"type":"content_block_delta","delta":{"type":"text_delta","text":"a"}}', /content_block_delta without a numeric `index`/],
    ['a negative index', '{"type":"content_block_stop","index":-1}', /content_block_stop without a numeric `index`/],
    ['a text_delta without text', '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta"}}', /text_delta without a string `text`/],
    ['a delta that is not an object', '{"type":"content_block_delta","index":0,"delta":"a"}', /without a `delta` object/],
    ['a start without its block', '{"type":"content_block_start","index":0}', /without a `content_block` object/],
    ['a message_start without its message', '{"type":"message_start"}', /without a `message` object/],
    ['input_json_delta without partial_json', '{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta"}}', /input_json_delta without a string `partial_json`/],
  ])('%s is a protocol error that says so', (_label, data, message) => {
    const error = protocolError([data]);
    expect(error.code).toBe('protocol');
    expect(error.message).toMatch(message);
    expect(error.body).toBe(data);
  });
});
