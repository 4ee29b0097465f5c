import { describe, it, expect } from 'vitest';
import type { ToolCallPart } from '../../../src/message';
import { geminiProtocol } from '../../../src/protocols/gemini';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';
import { chunk, decodeMessage, decodeParts } from './runGeminiChunks';

const STOP = { finishReason: 'STOP' };
const usage = (prompt: number, candidates: number, thoughts?: number) => ({
  promptTokenCount: prompt,
  candidatesTokenCount: candidates,
  totalTokenCount: prompt + candidates + (thoughts ?? 0),
  ...(thoughts === undefined ? {} : { thoughtsTokenCount: thoughts }),
});

function protocolError(run: () => unknown): ChatStreamError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChatStreamError);
    expect((error as ChatStreamError).code).toBe('protocol');
    return error as ChatStreamError;
  }
  throw new Error('expected a protocol error');
}

describe('createGeminiDecoder: endings', () => {
  it('emits finish then done once when the finish reason arrives, with the last usage', () => {
    const parts = decodeParts([
      chunk([{ text: 'Hi' }], {}, { usageMetadata: usage(3, 1), modelVersion: 'gemini-x', responseId: 'r1' }),
      chunk([{ text: ' there' }], STOP, { usageMetadata: usage(3, 2), modelVersion: 'gemini-x', responseId: 'r1' }),
    ]);
    expect(parts.map((part) => part.type)).toEqual(['metadata', 'text', 'text', 'finish', 'usage', 'done']);
    expect(parts[0]).toEqual({ type: 'metadata', id: 'r1', model: 'gemini-x' });
    expect(parts[3]).toEqual({ type: 'finish', choice: 0, reason: 'STOP' });
    expect(parts[4]).toMatchObject({ type: 'usage', usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 } });
  });

  it('a usage-only chunk after the finish is emitted as it comes; done is not repeated', () => {
    const parts = decodeParts([chunk([{ text: 'a' }], STOP, { usageMetadata: usage(1, 1) }), { usageMetadata: usage(1, 4, 2) }]);
    expect(parts.map((part) => part.type)).toEqual(['text', 'finish', 'usage', 'done', 'usage']);
    expect(parts.at(-1)).toMatchObject({ usage: { outputTokens: 6, reasoningTokens: 2, totalTokens: 7 } });
  });

  it('a body cut before any finish reason: no done, the usage so far in flush, the message incomplete with its text', () => {
    const chunks = [chunk([{ text: 'Half an ans' }], {}, { usageMetadata: usage(5, 3) })];
    const parts = decodeParts(chunks);
    expect(parts.map((part) => part.type)).toEqual(['text', 'usage']);
    const message = decodeMessage(chunks);
    expect(message.status).toBe('error');
    expect(message.metadata?.error?.code).toBe('incomplete');
    expect(message.parts).toEqual([{ type: 'text', text: 'Half an ans' }]);
    expect(message.metadata?.usage?.inputTokens).toBe(5);
  });

  it.each(['MAX_TOKENS', 'SAFETY', 'RECITATION', 'MALFORMED_FUNCTION_CALL'])('%s is the finish reason of a complete message, the text kept', (reason) => {
    const message = decodeMessage([chunk([{ text: 'Part of it' }]), chunk([], { finishReason: reason })]);
    expect(message.status).toBe('complete');
    expect(message.metadata?.finishReason).toBe(reason);
    expect(message.parts).toEqual([{ type: 'text', text: 'Part of it' }]);
  });

  it('an in-band error chunk after text is a server error; the text is kept', () => {
    const error = { error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } };
    const message = decodeMessage([chunk([{ text: 'Begun' }]), error]);
    expect(message.status).toBe('error');
    expect(message.metadata?.error).toMatchObject({ code: 'server', message: 'The model is overloaded. Please try again later.', providerCode: 'UNAVAILABLE', body: error });
    expect(message.parts).toEqual([{ type: 'text', text: 'Begun' }]);
  });

  it('metadata is emitted when the model or response id first appears or changes, not on every chunk', () => {
    const top = { modelVersion: 'm', responseId: 'a' };
    const parts = decodeParts([chunk([{ text: '1' }], {}, top), chunk([{ text: '2' }], {}, top), chunk([{ text: '3' }], {}, { ...top, responseId: 'b' })]);
    expect(parts.filter((part) => part.type === 'metadata')).toEqual([
      { type: 'metadata', id: 'a', model: 'm' },
      { type: 'metadata', id: 'b', model: 'm' },
    ]);
  });
});

describe('createGeminiDecoder: malformed chunks are protocol errors naming the fault', () => {
  it.each([
    ['not JSON', '{"candidates": [', /expected JSON in data/],
    ['a JSON array', '[1]', /expected a JSON object in data, got an array/],
    ['candidates not a list', '{"candidates": {"0": {}}}', /`candidates` is not a list/],
    ['a candidate not an object', '{"candidates": [7]}', /a candidate that is not an object/],
    ['parts not a list', '{"candidates": [{"content": {"parts": "hi"}}]}', /`content.parts` that is not a list/],
    ['a part not an object', '{"candidates": [{"content": {"parts": ["hi"]}}]}', /a content part that is not an object/],
    ['another format', '{"id":"chatcmpl-1","object":"chat.completion.chunk","choice":[]}', /not a GenerateContentResponse/],
    ['a partialArgs entry without a path', '{"candidates": [{"content": {"parts": [{"functionCall": {"name": "f", "partialArgs": [{"stringValue": "x"}], "willContinue": true}}]}}]}', /without a string `jsonPath`/],
    ['a partialArgs path outside $', '{"candidates": [{"content": {"parts": [{"functionCall": {"name": "f", "partialArgs": [{"jsonPath": "location", "stringValue": "x"}]}}]}}]}', /not a JSON path below \$/],
  ])('%s', (_label, data, message) => {
    const error = protocolError(() => decodeParts([data]));
    expect(error.message).toMatch(message);
    expect(error.body).toBe(data);
  });

  it('through the store: the turn fails with the protocol error and keeps the text before it', () => {
    const message = decodeMessage([chunk([{ text: 'Kept' }]), '{"candidates": 3}']);
    expect(message.status).toBe('error');
    expect(message.metadata?.error?.code).toBe('protocol');
    expect(message.parts).toEqual([{ type: 'text', text: 'Kept' }]);
  });

  it('empty data lines and unknown part kinds are skipped', () => {
    const parts = decodeParts(['', chunk([{ toolCall: { name: 'future' } }, { videoMetadata: {} }, { text: 'ok' }], STOP)]);
    expect(parts.filter((part) => part.type !== 'finish' && part.type !== 'done')).toEqual([{ type: 'text', choice: 0, delta: 'ok' }]);
  });
});

describe('createGeminiDecoder: thoughts, signatures and parts', () => {
  it('a signature on a thought part is the reasoning signature; a second signed thought starts a new part', () => {
    const message = decodeMessage([
      chunk([{ text: 'First ', thought: true }]),
      chunk([{ text: 'thought.', thought: true, thoughtSignature: 'S1' }]),
      chunk([{ text: 'Second.', thought: true, thoughtSignature: 'S2' }]),
      chunk([{ text: 'Answer' }], STOP),
    ]);
    expect(message.parts).toEqual([
      { type: 'reasoning', text: 'First thought.', signature: 'S1' },
      { type: 'reasoning', text: 'Second.', signature: 'S2' },
      { type: 'text', text: 'Answer' },
    ]);
  });

  it('text signatures: joined to an unsigned text part, never to a signed one; empty unsigned text adds nothing', () => {
    const message = decodeMessage([
      chunk([{ text: 'One', thoughtSignature: 'T1' }, { text: ' more' }]),
      chunk([{ text: '' }, { text: 'Two', thoughtSignature: 'T2' }]),
      chunk([{ text: '', thoughtSignature: 'T3' }], STOP),
    ]);
    expect(message.parts).toEqual([
      { type: 'text', text: 'One more', providerData: { thoughtSignature: 'T1' } },
      { type: 'text', text: 'Two', providerData: { thoughtSignature: 'T2' } },
      { type: 'text', text: '', providerData: { thoughtSignature: 'T3' } },
    ]);
  });

  it('a part with nothing but a signature keeps it: on the open text part, or as reasoning when marked a thought', () => {
    const message = decodeMessage([chunk([{ text: 'Said' }, { thoughtSignature: 'ONLY' }]), chunk([{ thought: true, thoughtSignature: 'R' }], STOP)]);
    expect(message.parts).toEqual([
      { type: 'text', text: 'Said', providerData: { thoughtSignature: 'ONLY' } },
      { type: 'reasoning', text: '', signature: 'R' },
    ]);
  });

  it('a function call id becomes the toolCallId and is kept to be echoed', () => {
    const message = decodeMessage([chunk([{ functionCall: { id: 'fc-1', name: 'lookup', args: { q: 'x' } }, thoughtSignature: 'F' }], STOP)]);
    expect(message.parts).toEqual([
      { type: 'tool-call', toolCallId: 'fc-1', toolName: 'lookup', argumentsText: '{"q":"x"}', args: { q: 'x' }, state: 'ready', providerData: { thoughtSignature: 'F', functionCallId: 'fc-1' } },
    ]);
  });

  it('built-in code execution: the code is a provider-run call, its outcome the result (an error unless OUTCOME_OK)', () => {
    const message = decodeMessage([
      chunk([{ text: 'Computing.' }, { executableCode: { language: 'PYTHON', code: 'print(6*7)' }, thoughtSignature: 'X' }]),
      chunk([{ codeExecutionResult: { outcome: 'OUTCOME_OK', output: '42\n' } }, { executableCode: { language: 'PYTHON', code: '1/0' } }]),
      chunk([{ codeExecutionResult: { outcome: 'OUTCOME_FAILED', output: 'ZeroDivisionError' } }, { codeExecutionResult: { outcome: 'OUTCOME_OK' } }, { text: 'It is 42.' }], STOP),
    ]);
    expect(message.parts).toEqual([
      { type: 'text', text: 'Computing.' },
      {
        type: 'tool-call', toolCallId: 'gemini_code_0_0', toolName: 'code_execution', argumentsText: '{"language":"PYTHON","code":"print(6*7)"}',
        args: { language: 'PYTHON', code: 'print(6*7)' }, state: 'ready', providerExecuted: true, providerData: { thoughtSignature: 'X' },
        result: { outcome: 'OUTCOME_OK', output: '42\n' },
      },
      {
        type: 'tool-call', toolCallId: 'gemini_code_0_1', toolName: 'code_execution', argumentsText: '{"language":"PYTHON","code":"1/0"}',
        args: { language: 'PYTHON', code: '1/0' }, state: 'ready', providerExecuted: true, result: { outcome: 'OUTCOME_FAILED', output: 'ZeroDivisionError' }, isError: true,
      },
      { type: 'text', text: 'It is 42.' },
    ]);
  });

  it('model files: inlineData as base64 data, fileData as a URL', () => {
    const message = decodeMessage([chunk([{ inlineData: { mimeType: 'image/png', data: 'iVBORw0=' } }, { fileData: { mimeType: 'application/pdf', fileUri: 'https://x.test/a.pdf' } }], STOP)]);
    expect(message.parts).toEqual([
      { type: 'file', mediaType: 'image/png', data: 'iVBORw0=' },
      { type: 'file', mediaType: 'application/pdf', url: 'https://x.test/a.pdf' },
    ]);
  });

  it('several candidates go to their own choices', () => {
    const message = decodeMessage([
      { candidates: [{ content: { parts: [{ text: 'A' }] }, index: 0 }, { content: { parts: [{ text: 'B' }] }, index: 1 }] },
      { candidates: [{ content: { parts: [{ text: '!' }] }, index: 0, finishReason: 'STOP' }, { content: { parts: [{ text: '?' }] }, index: 1, finishReason: 'MAX_TOKENS' }] },
    ]);
    expect(message.parts).toEqual([{ type: 'text', text: 'A!' }]);
    expect(message.metadata?.finishReason).toBe('STOP');
    expect(message.metadata?.choices).toEqual([{ index: 1, parts: [{ type: 'text', text: 'B?' }], finishReason: 'MAX_TOKENS' }]);
  });
});

describe('createGeminiDecoder: Vertex AI streamed function-call arguments', () => {
  const streamed = (name: string, pieces: object[][], close = true) => [
    chunk([{ functionCall: { name, willContinue: true } }]),
    ...pieces.map((partialArgs) => chunk([{ functionCall: { partialArgs, willContinue: true } }])),
    ...(close ? [chunk([{ functionCall: {} }])] : []),
  ];

  it('nested objects, arrays, numbers, booleans, null and escaped string pieces build the arguments text', () => {
    const chunks = streamed('plan', [
      [{ jsonPath: '$.title', stringValue: 'Say "hi"', willContinue: true }],
      [{ jsonPath: '$.title', stringValue: '\n\\ok' }],
      [{ jsonPath: '$.trip.stops[0].city', stringValue: 'Oslo' }, { jsonPath: '$.trip.stops[0].days', numberValue: 2 }],
      [{ jsonPath: '$.trip.stops[1].city', stringValue: 'Bergen' }],
      [{ jsonPath: '$.trip.rail', boolValue: true }, { jsonPath: "$['odd key']", nullValue: 'NULL_VALUE' }],
    ]);
    const message = decodeMessage([...chunks, chunk([], STOP)]);
    const [call] = message.parts as ToolCallPart[];
    expect(call!.state).toBe('ready');
    expect(call!.args).toEqual({
      title: 'Say "hi"\n\\ok',
      trip: { stops: [{ city: 'Oslo', days: 2 }, { city: 'Bergen' }], rail: true },
      'odd key': null,
    });
    expect(JSON.parse(call!.argumentsText)).toEqual(call!.args);
  });

  it('array items of objects with keep-alive pieces between them (Vertex sends `{ willContinue: true }` alone)', () => {
    const item = (i: number, amount: string, name: string) => [
      chunk([{ functionCall: { partialArgs: [{ jsonPath: `$.recipe.ingredients[${i}].amount`, stringValue: amount, willContinue: true }], willContinue: true } }]),
      chunk([{ functionCall: { partialArgs: [{ jsonPath: `$.recipe.ingredients[${i}].amount`, stringValue: '' }], willContinue: true } }]),
      chunk([{ functionCall: { partialArgs: [{ jsonPath: `$.recipe.ingredients[${i}].name`, stringValue: name, willContinue: true }], willContinue: true } }]),
      chunk([{ functionCall: { partialArgs: [{ jsonPath: `$.recipe.ingredients[${i}].name`, stringValue: '' }], willContinue: true } }]),
      chunk([{ functionCall: { willContinue: true } }]),
    ];
    const message = decodeMessage([
      chunk([{ functionCall: { name: 'cookRecipe', willContinue: true }, thoughtSignature: 'S' }]),
      ...item(0, '16 oz', 'Lasagna noodles'),
      ...item(1, '1 lb', 'Ground beef'),
      chunk([{ functionCall: { partialArgs: [{ jsonPath: '$.recipe.servings', numberValue: 6 }], willContinue: true } }]),
      chunk([{ functionCall: {} }]),
      chunk([], STOP),
    ]);
    expect(message.parts).toEqual([
      {
        type: 'tool-call',
        toolCallId: 'call_fixture-message_0_0',
        toolName: 'cookRecipe',
        argumentsText: '{"recipe":{"ingredients":[{"amount":"16 oz","name":"Lasagna noodles"},{"amount":"1 lb","name":"Ground beef"}],"servings":6}}',
        args: { recipe: { ingredients: [{ amount: '16 oz', name: 'Lasagna noodles' }, { amount: '1 lb', name: 'Ground beef' }], servings: 6 } },
        state: 'ready',
        providerData: { thoughtSignature: 'S' },
      },
    ]);
  });

  it('the arguments grow while the pieces arrive', () => {
    const parts = decodeParts(streamed('f', [[{ jsonPath: '$.a', stringValue: 'xy', willContinue: true }], [{ jsonPath: '$.a', stringValue: 'z' }]]));
    const deltas = parts.flatMap((part) => (part.type === 'tool-call' ? [part.argumentsDelta] : []));
    expect(deltas).toEqual(['', '{"a":"xy', 'z"', '}']);
    expect(parts.filter((part) => part.type === 'tool-call' && part.end)).toHaveLength(1);
  });

  it('a missing closing piece: the next named call or the finish ends the open call', () => {
    const message = decodeMessage([
      ...streamed('first', [[{ jsonPath: '$.n', numberValue: 1 }]], false),
      ...streamed('second', [[{ jsonPath: '$.s', stringValue: 'open', willContinue: true }]], false),
      chunk([{ text: '' }], STOP),
    ]);
    expect((message.parts as ToolCallPart[]).map(({ toolName, args, state }) => ({ toolName, args, state }))).toEqual([
      { toolName: 'first', args: { n: 1 }, state: 'ready' },
      { toolName: 'second', args: { s: 'open' }, state: 'ready' },
    ]);
  });

  it('a streamed call with no pieces has empty arguments; a stray closing piece is ignored', () => {
    const message = decodeMessage([chunk([{ functionCall: {} }]), ...streamed('ping', []), chunk([], STOP)]);
    expect(message.parts).toEqual([{ type: 'tool-call', toolCallId: 'call_fixture-message_0_0', toolName: 'ping', argumentsText: '{}', args: {}, state: 'ready' }]);
  });
});

describe('createGeminiDecoder: whole JSON answers and detection', () => {
  it('decodeCompletion reads a JSON list of chunks (streamGenerateContent without alt=sse) as a whole answer', () => {
    const parts: unknown[] = [];
    geminiProtocol.createDecoder().decodeCompletion!([chunk([{ text: 'Whole' }], STOP, { usageMetadata: usage(2, 1) })], (part) => parts.push(part));
    expect(parts).toEqual([
      { type: 'metadata', streamed: false },
      { type: 'text', choice: 0, delta: 'Whole' },
      { type: 'finish', choice: 0, reason: 'STOP' },
      expect.objectContaining({ type: 'usage' }),
      { type: 'done' },
    ]);
  });

  it('decodeCompletion rejects JSON that is not a response', () => {
    expect(() => geminiProtocol.createDecoder().decodeCompletion!('nope', () => {})).toThrow(/not a Gemini GenerateContentResponse/);
    expect(() => geminiProtocol.createDecoder().decodeCompletion!([], () => {})).toThrow(ChatStreamError);
  });

  it('detect: Gemini chunks yes; Chat Completions chunks and named events no', () => {
    expect(geminiProtocol.detect!({ data: '{"candidates": [{"content": {"parts": []}}]}' })).toBe(true);
    expect(geminiProtocol.detect!({ data: '{"promptFeedback": {"blockReason": "SAFETY"}}' })).toBe(true);
    expect(geminiProtocol.detect!({ data: '{"choices":[{"delta":{"content":"\\"candidates\\""}}]}' })).toBe(false);
    expect(geminiProtocol.detect!({ event: 'message_start', data: '{"candidates":1}' })).toBe(false);
  });
});
