import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/message';
import { createAiSdkUiDecoder } from '../../../src/protocols/ai-sdk-ui';
import type { StreamPart } from '../../../src/protocols';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';
import { createChatTurn } from '../../../src/store/createChatTurn';
import { sseFrame } from '../../helpers/sse';
import { decodeAiSdk } from './aiSdkFixtures';

const encoder = new TextEncoder();
/** A body of `chunks` as the SDK frames them, with `[DONE]` unless `done` is false. */
const body = (chunks: unknown[], done = true): Uint8Array =>
  encoder.encode(chunks.map((chunk) => sseFrame(chunk)).join('') + (done ? sseFrame('[DONE]') : ''));
const decode = (...chunks: unknown[]): ChatMessage => decodeAiSdk([body(chunks)]);

/** The stream parts the decoder emits for these `data` payloads. */
function emitted(...data: (string | object)[]): StreamPart[] {
  const decoder = createAiSdkUiDecoder();
  const parts: StreamPart[] = [];
  for (const item of data) decoder.decode({ data: typeof item === 'string' ? item : JSON.stringify(item), event: undefined, id: undefined }, (part) => parts.push(part));
  return parts;
}

function protocolError(data: string): ChatStreamError {
  try {
    emitted(data);
  } catch (error) {
    expect(error).toBeInstanceOf(ChatStreamError);
    return error as ChatStreamError;
  }
  throw new Error(`no error for ${data}`);
}

describe('createAiSdkUiDecoder: malformed frames', () => {
  it.each([
    ['{"type":"text-delta"', /expected JSON/],
    ['42', /expected a JSON object/],
    ['{"delta":"x"}', /no string "type"/],
    ['{"type":"text-delta","id":"1","delta":7}', /"text-delta" needs a string "delta", got a number/],
    ['{"type":"tool-input-start","toolName":"x"}', /"tool-input-start" needs a string "toolCallId", got none/],
    ['{"type":"tool-input-delta","toolCallId":"c"}', /"tool-input-delta" needs a string "inputTextDelta"/],
  ])('%s is a protocol error naming what is wrong', (data, reason) => {
    const error = protocolError(data);
    expect(error.code).toBe('protocol');
    expect(error.message).toMatch(reason);
  });

  it('ignores chunk types it does not know, and blank or padded terminators', () => {
    expect(emitted({ type: 'tool-input-end', toolCallId: 'c' }, { type: 'future-chunk' }, '  ', '[DONE]  ')).toEqual([{ type: 'done' }]);
  });
});

describe('createAiSdkUiDecoder: message framing', () => {
  it('start, message-metadata and finish merge their metadata; finish ends the message even without [DONE]', () => {
    const message = decodeAiSdk([
      body(
        [
          { type: 'start', messageId: 'srv-1', messageMetadata: { createdAt: 1 } },
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: 'Hi' },
          { type: 'message-metadata', messageMetadata: { model: 'm' } },
          { type: 'finish', finishReason: 'length', messageMetadata: { totalTokens: 9 } },
        ],
        false,
      ),
    ]);
    expect(message.status).toBe('complete');
    expect(message.metadata).toMatchObject({ responseId: 'srv-1', finishReason: 'length', custom: { createdAt: 1, model: 'm', totalTokens: 9 } });
  });

  it('keeps metadata that is not an object under value', () => {
    expect(decode({ type: 'start', messageMetadata: 'tag' }, { type: 'finish' }).metadata?.custom).toEqual({ value: 'tag' });
  });

  it('abort ends the answer early: partial text kept, complete, finish reason abort', () => {
    const message = decodeAiSdk([body([{ type: 'text-start', id: 't' }, { type: 'text-delta', id: 't', delta: 'Half' }, { type: 'abort', reason: 'user' }], false)]);
    expect(message).toMatchObject({ status: 'complete', parts: [{ type: 'text', text: 'Half' }], metadata: { finishReason: 'abort' } });
  });

  it('an error chunk keeps what came before and after it, and fails the message with a server error', () => {
    const message = decode(
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Part one.' },
      { type: 'error', errorText: 'Rate limited' },
      { type: 'text-delta', id: 't', delta: ' Part two.' },
      { type: 'finish', finishReason: 'error' },
    );
    expect(message.parts).toEqual([{ type: 'text', text: 'Part one. Part two.' }]);
    expect(message.status).toBe('error');
    expect(message.metadata?.error).toMatchObject({ code: 'server', message: 'Rate limited' });
  });

  it('a body cut before finish or [DONE] is incomplete', () => {
    const message = decodeAiSdk([body([{ type: 'start' }, { type: 'text-start', id: 't' }, { type: 'text-delta', id: 't', delta: 'Cut' }], false)]);
    expect(message.status).toBe('error');
    expect(message.metadata?.error?.code).toBe('incomplete');
  });
});

describe('createAiSdkUiDecoder: text, reasoning and steps', () => {
  it('one part per id: a reused id after its end and a second open id both start new parts', () => {
    const message = decode(
      { type: 'text-start', id: 'a' },
      { type: 'text-delta', id: 'a', delta: 'one' },
      { type: 'text-end', id: 'a' },
      { type: 'text-start', id: 'a' },
      { type: 'text-delta', id: 'a', delta: 'two' },
      { type: 'text-start', id: 'b' },
      { type: 'text-delta', id: 'b', delta: 'three' },
      { type: 'finish' },
    );
    expect(message.parts).toEqual([
      { type: 'text', text: 'one' },
      { type: 'text', text: 'two' },
      { type: 'text', text: 'three' },
    ]);
  });

  it('no leading step, one boundary between steps however many empty ones, none trailing', () => {
    const message = decode(
      { type: 'start-step' },
      { type: 'reasoning-start', id: 'r', providerMetadata: { anthropic: { signature: 's' } } },
      { type: 'reasoning-delta', id: 'r', delta: 'Think.' },
      { type: 'reasoning-end', id: 'r' },
      { type: 'finish-step' },
      { type: 'start-step' },
      { type: 'finish-step' },
      { type: 'start-step' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Answer.' },
      { type: 'finish-step' },
      { type: 'start-step' },
      { type: 'finish' },
    );
    expect(message.parts).toEqual([
      { type: 'reasoning', text: 'Think.', providerData: { providerMetadata: { anthropic: { signature: 's' } } } },
      { type: 'step-start' },
      { type: 'text', text: 'Answer.' },
    ]);
  });

  it('a start/end pair with nothing between adds no part', () => {
    expect(decode({ type: 'text-start', id: 't' }, { type: 'text-end', id: 't' }, { type: 'finish' }).parts).toEqual([]);
  });
});

describe('createAiSdkUiDecoder: tools', () => {
  const start = { type: 'tool-input-start', toolCallId: 'c1', toolName: 'search' };

  it('ends a call with streamed input at the end of its step when tool-input-available never comes', () => {
    const parts = emitted(start, { type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: '{"q":"x"}' }, { type: 'finish-step' });
    expect(parts.at(-1)).toEqual({ type: 'tool-call', choice: 0, index: 0, id: 'c1', argumentsDelta: '', end: true });
  });

  it('tool-input-available alone carries the whole input, the flags and the metadata', () => {
    const message = decode(
      { type: 'tool-input-available', toolCallId: 'c1', toolName: 'web_search', input: { q: 'x' }, providerExecuted: true, dynamic: true, title: 'Search', providerMetadata: { openai: { itemId: 'i' } } },
      { type: 'tool-output-available', toolCallId: 'c1', output: [{ url: 'https://example.com' }], providerExecuted: true },
      { type: 'finish' },
    );
    expect(message.parts).toEqual([
      {
        type: 'tool-call',
        toolCallId: 'c1',
        toolName: 'web_search',
        argumentsText: '{"q":"x"}',
        args: { q: 'x' },
        state: 'ready',
        providerExecuted: true,
        providerData: { dynamic: true, title: 'Search', providerMetadata: { openai: { itemId: 'i' } } },
        result: [{ url: 'https://example.com' }],
      },
    ]);
  });

  it('the input of tool-input-available wins over streamed text that differs (a call the server repaired)', () => {
    const message = decode(
      start,
      { type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: "{'q': 'x'" },
      { type: 'tool-input-available', toolCallId: 'c1', toolName: 'search', input: { q: 'x' } },
      { type: 'finish' },
    );
    expect(message.parts[0]).toMatchObject({ argumentsText: "{'q': 'x'", args: { q: 'x' }, state: 'ready' });
    expect(message.parts[0]).not.toHaveProperty('parseError');
  });

  it('a free-text tool (inputEncoding text) is a custom call whose input is its text', () => {
    const message = decode({ ...start, inputEncoding: 'text' }, { type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: 'plain words' }, { type: 'tool-input-available', toolCallId: 'c1', toolName: 'search', input: 'plain words' }, { type: 'finish' });
    expect(message.parts[0]).toMatchObject({ type: 'tool-call', custom: true, argumentsText: 'plain words', args: 'plain words', state: 'ready' });
  });

  it('tool-input-error keeps the raw input, marks it invalid and records the error as the result', () => {
    const message = decode({ type: 'tool-input-error', toolCallId: 'c1', toolName: 'search', input: '{"q":', errorText: 'Invalid JSON' }, { type: 'finish' });
    expect(message.parts[0]).toMatchObject({ toolName: 'search', argumentsText: '{"q":', state: 'invalid', result: 'Invalid JSON', isError: true });
  });

  it('tool-output-error is an error result', () => {
    const message = decode({ type: 'tool-input-available', toolCallId: 'c1', toolName: 'search', input: {} }, { type: 'tool-output-error', toolCallId: 'c1', errorText: 'Timeout' }, { type: 'finish' });
    expect(message.parts[0]).toMatchObject({ state: 'ready', result: 'Timeout', isError: true });
  });

  it('an approval request, then its denial, keeps the approval id', () => {
    const message = decode(
      { type: 'tool-input-available', toolCallId: 'c1', toolName: 'delete_file', input: { name: 'a' } },
      { type: 'tool-approval-request', approvalId: 'ap-1', toolCallId: 'c1' },
      { type: 'tool-output-denied', toolCallId: 'c1' },
      { type: 'finish' },
    );
    expect(message.parts[0]).toMatchObject({ approval: { state: 'denied', id: 'ap-1' } });
    expect(message.parts[0]).not.toHaveProperty('result');
  });

  it('an output for a call this stream never announced goes to that call in the message being continued', () => {
    const turn = createChatTurn({
      message: {
        id: 'm',
        role: 'assistant',
        status: 'streaming',
        parts: [{ type: 'tool-call', toolCallId: 'old', toolName: 'delete_file', argumentsText: '{}', args: {}, state: 'ready', approval: { state: 'approved', id: 'ap' } }],
      },
      decoder: createAiSdkUiDecoder,
      now: () => 0,
    });
    turn.decodeEvent({ data: JSON.stringify({ type: 'tool-output-available', toolCallId: 'old', output: 'deleted' }), event: undefined, id: undefined });
    turn.decodeEvent({ data: '[DONE]', event: undefined, id: undefined });
    const message = turn.finish();
    expect(message.parts).toEqual([expect.objectContaining({ toolCallId: 'old', result: 'deleted', approval: { state: 'approved', id: 'ap' } })]);
  });
});

describe('createAiSdkUiDecoder: sources, files and data', () => {
  it('maps source-document, and replaces a data part with the same name and id where it stands', () => {
    const message = decode(
      { type: 'data-weather', id: 'w', data: { status: 'loading' } },
      { type: 'source-document', sourceId: 'd1', mediaType: 'application/pdf', title: 'Report', filename: 'report.pdf' },
      { type: 'data-weather', id: 'w', data: { status: 'done', temp: 20 } },
      { type: 'data-weather', id: 'other', data: { status: 'loading' } },
      { type: 'finish' },
    );
    expect(message.parts).toEqual([
      { type: 'data', name: 'weather', id: 'w', data: { status: 'done', temp: 20 } },
      { type: 'source', sourceType: 'document', id: 'd1', mediaType: 'application/pdf', title: 'Report', filename: 'report.pdf' },
      { type: 'data', name: 'weather', id: 'other', data: { status: 'loading' } },
    ]);
  });

  it('marks transient data parts for onData', () => {
    expect(emitted({ type: 'data-progress', data: 0.5, transient: true })).toEqual([{ type: 'data', choice: 0, name: 'progress', data: 0.5, transient: true }]);
  });
});
