import { describe, expect, it } from 'vitest';
import { createOpenAIResponsesDecoder, RESPONSE_STATUS_DATA } from '../../../src/protocols/openai-responses';
import type { StreamPart } from '../../../src/protocols';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';
import { completed, opening, runEvents } from './runEvents';

const textDelta = (delta: string, sequence: number) => ({ type: 'response.output_text.delta', sequence_number: sequence, output_index: 0, content_index: 0, delta });

function protocolError(events: Parameters<typeof runEvents>[0]): ChatStreamError {
  const { message } = runEvents(events);
  expect(message.status).toBe('error');
  const error = message.metadata?.error;
  if (!(error instanceof ChatStreamError)) throw new Error('expected a ChatStreamError');
  expect(error.code).toBe('protocol');
  return error;
}

describe('OpenAI Responses decoder: malformed frames', () => {
  it('each names what was wrong, and the text before it is kept', () => {
    const cases: [unknown, RegExp][] = [
      ['{"type":', /expected JSON in data/],
      ['[1,2]', /expected a JSON object in data, got an array/],
      [{ sequence_number: 5 }, /expected a string `type`, got nothing/],
      [{ type: 'response.output_text.delta', delta: 'x' }, /`response\.output_text\.delta` needs a non-negative integer `output_index`, got nothing/],
      [{ type: 'response.output_text.delta', output_index: -1, delta: 'x' }, /`output_index`, got -1/],
      [{ type: 'response.function_call_arguments.delta', output_index: 0, delta: 7 }, /needs a string `delta`, got 7/],
      [{ type: 'response.output_item.added', output_index: 1, item: null }, /`response\.output_item\.added` needs an `item` object, got null/],
      [{ type: 'response.completed', response: 'done' }, /`response\.completed` needs a `response` object, got "done"/],
    ];
    for (const [frame, pattern] of cases) {
      const error = protocolError([...opening(), textDelta('kept', 2), frame as Record<string, unknown>]);
      expect(error.message).toMatch(pattern);
      const { message } = runEvents([...opening(), textDelta('kept', 2), frame as Record<string, unknown>]);
      expect(message.parts).toEqual([{ type: 'text', text: 'kept' }]);
    }
  });

  it('unknown events, keep-alives and `[DONE]` from a translating proxy break nothing', () => {
    const { message } = runEvents([
      ...opening(),
      { type: 'keepalive', sequence_number: 2 },
      { type: 'response.output_item.added', output_index: 0, item: { id: 'msg_1', type: 'message', content: [] } },
      { type: 'response.some_future_event', sequence_number: 3, output_index: 0, whatever: [1] },
      textDelta('ok', 4),
      // Names that a lookup in a plain object would find on Object.prototype.
      { type: 'constructor', output_index: 0 },
      { type: '__proto__', output_index: 0 },
      { type: 'toString', output_index: 0 },
      completed(5),
      '[DONE]',
    ]);
    expect(message.parts).toEqual([{ type: 'text', text: 'ok', providerData: { itemId: 'msg_1' } }]);
    expect(message).toMatchObject({ status: 'complete', metadata: { sequenceNumber: 5, finishReason: 'completed' } });
  });
});

describe('OpenAI Responses decoder: lifecycle', () => {
  it('background mode: the status changes reach onData (queued, in_progress, completed) and are not stored', () => {
    const { message, transient } = runEvents([
      { type: 'response.created', sequence_number: 0, response: { id: 'resp_bg', model: 'gpt-test', status: 'queued', background: true } },
      { type: 'response.queued', sequence_number: 1, response: { id: 'resp_bg', status: 'queued' } },
      { type: 'response.in_progress', sequence_number: 2, response: { id: 'resp_bg', status: 'in_progress' } },
      textDelta('4', 3),
      completed(4),
    ]);
    expect(transient).toEqual([
      { name: RESPONSE_STATUS_DATA, data: { status: 'queued' } },
      { name: RESPONSE_STATUS_DATA, data: { status: 'in_progress' } },
      { name: RESPONSE_STATUS_DATA, data: { status: 'completed' } },
    ]);
    expect(message.parts).toEqual([{ type: 'text', text: '4' }]);
    expect(message.metadata).toMatchObject({ responseId: 'resp_bg', model: 'gpt-test' });
  });

  it('a dropped connection keeps the last sequence number (to resume from) and the partial text', () => {
    const { message } = runEvents([...opening(), textDelta('Hel', 2), textDelta('lo', 3)]);
    expect(message.status).toBe('error');
    expect(message.metadata?.error?.code).toBe('incomplete');
    expect(message.metadata?.sequenceNumber).toBe(3);
    expect(message.parts).toEqual([{ type: 'text', text: 'Hello' }]);
  });

  it('response.failed alone is a server error with its code; usage is kept', () => {
    const { message } = runEvents([
      ...opening(),
      textDelta('partial', 2),
      {
        type: 'response.failed',
        sequence_number: 3,
        response: { id: 'resp_1', status: 'failed', error: { code: 'server_error', message: 'The model crashed.' }, usage: { input_tokens: 5, output_tokens: 1 } },
      },
    ]);
    expect(message.status).toBe('error');
    expect(message.metadata?.error).toMatchObject({ code: 'server', providerCode: 'server_error', message: 'The model crashed.' });
    expect(message.metadata?.usage).toMatchObject({ inputTokens: 5, outputTokens: 1 });
    expect(message.parts).toEqual([{ type: 'text', text: 'partial' }]);
  });

  it('the flat `error` event of the published schema is read too', () => {
    const { message } = runEvents([...opening(), { type: 'error', sequence_number: 2, code: 'overloaded', message: 'Try later.', param: null }]);
    expect(message.metadata?.error).toMatchObject({ code: 'server', providerCode: 'overloaded', message: 'Try later.' });
  });

  it('incomplete for a content filter: the provider’s reason, then done', () => {
    const { message } = runEvents([
      ...opening(),
      textDelta('Some', 2),
      { type: 'response.incomplete', sequence_number: 3, response: { id: 'resp_1', status: 'incomplete', incomplete_details: { reason: 'content_filter' } } },
    ]);
    expect(message).toMatchObject({ status: 'complete', metadata: { finishReason: 'content_filter' } });
  });
});

describe('OpenAI Responses decoder: a whole response body (stream: true ignored)', () => {
  const collect = (body: unknown) => {
    const parts: StreamPart[] = [];
    createOpenAIResponsesDecoder().decodeCompletion?.(body, (part) => parts.push(part));
    return parts;
  };

  it('reads the output items by the stream’s rules and marks the answer as not streamed', () => {
    const parts = collect({
      id: 'resp_w',
      object: 'response',
      model: 'gpt-test',
      status: 'completed',
      output: [
        { id: 'rs_w', type: 'reasoning', summary: [], encrypted_content: 'enc' },
        { id: 'msg_w', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Whole.', annotations: [] }] },
      ],
      usage: { input_tokens: 1, output_tokens: 2 },
    });
    expect(parts).toContainEqual({ type: 'metadata', streamed: false });
    expect(parts).toContainEqual({ type: 'reasoning', choice: 0, delta: '', encrypted: 'enc', providerData: { itemId: 'rs_w' } });
    expect(parts).toContainEqual({ type: 'text', choice: 0, delta: 'Whole.', providerData: { itemId: 'msg_w' } });
    expect(parts.slice(-2)).toEqual([{ type: 'finish', choice: 0, reason: 'completed' }, { type: 'done' }]);
  });

  it('an error body is the server’s error; other JSON is a protocol error', () => {
    const [error] = collect({ error: { message: 'Invalid model', code: 'model_not_found' } });
    expect(error).toMatchObject({ type: 'error', error: { code: 'server', providerCode: 'model_not_found' } });
    expect(() => collect({ choices: [] })).toThrow(/not a response object \(it has no `output` list\)/);
    expect(() => collect('text')).toThrow(ChatStreamError);
  });
});
