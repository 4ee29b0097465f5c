import { describe, it, expect } from 'vitest';
import { createOpenAIChatDecoder } from '../../src/protocols';
import type { StreamPart } from '../../src/protocols';
import { getToolCalls, type ChatMessage } from '../../src/message';
import { createMessageAccumulator } from '../../src/store/createMessageAccumulator';
import { toOpenAIMessages } from '../../src/protocols/openai-chat/toOpenAIMessages';
import { decodeSse, readFixture } from './decodeFixture';

const CUSTOM = 'openai-compatible/authored/openai-gpt5-custom-tool-call.sse';
const INPUT = 'print("hello world")\nprint(6 * 7)';

const base: ChatMessage = { id: 'a1', role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: 1 } } };

/** Folds parts into a message the way the store does, returning the accumulator. */
function accumulate(parts: readonly StreamPart[]) {
  const accumulator = createMessageAccumulator(base, { now: () => 2 });
  for (const part of parts) accumulator.apply(part);
  return accumulator;
}

const toolCallFrame = (call: object) => JSON.stringify({ choices: [{ index: 0, delta: { tool_calls: [call] } }] });

function decodeFrames(frames: readonly string[]): StreamPart[] {
  const decoder = createOpenAIChatDecoder();
  const parts: StreamPart[] = [];
  for (const data of frames) decoder.decode({ data }, (part) => parts.push(part));
  return parts;
}

describe('GPT-5 custom tool calls (type: "custom")', () => {
  it('decodes the name from custom.name and the free-text input from custom.input, marked custom', () => {
    const parts = decodeSse(createOpenAIChatDecoder(), readFixture(CUSTOM), 11).filter((part) => part.type === 'tool-call');
    expect(parts).toEqual([
      { type: 'tool-call', choice: 0, index: 0, id: 'call_customSanitized01', name: 'code_exec', argumentsDelta: '', custom: true },
      { type: 'tool-call', choice: 0, index: 0, id: undefined, name: undefined, argumentsDelta: 'print("hello', custom: true },
      { type: 'tool-call', choice: 0, index: 0, id: undefined, name: undefined, argumentsDelta: ' world")\nprint(6 * 7', custom: true },
      { type: 'tool-call', choice: 0, index: 0, id: undefined, name: undefined, argumentsDelta: ')', custom: true },
    ]);
  });

  it('ends as a ready call whose args are the raw input text, with reasoning tokens in usage', () => {
    const message = accumulate(decodeSse(createOpenAIChatDecoder(), readFixture(CUSTOM))).end();
    expect(message.status).toBe('complete');
    expect(message.metadata?.finishReason).toBe('tool_calls');
    expect(getToolCalls(message)).toEqual([
      { type: 'tool-call', toolCallId: 'call_customSanitized01', custom: true, toolName: 'code_exec', argumentsText: INPUT, args: INPUT, state: 'ready' },
    ]);
    expect(message.metadata?.usage).toMatchObject({ inputTokens: 98, outputTokens: 151, totalTokens: 249, reasoningTokens: 128 });
  });

  it('shows the input so far as args while streaming, never a JSON parse of it', () => {
    const parts = decodeSse(createOpenAIChatDecoder(), readFixture(CUSTOM));
    const calls = parts.filter((part) => part.type === 'tool-call');
    const accumulator = accumulate(calls.slice(0, 2));
    expect(getToolCalls(accumulator.snapshot())).toEqual([
      { type: 'tool-call', toolCallId: 'call_customSanitized01', custom: true, toolName: 'code_exec', argumentsText: 'print("hello', args: 'print("hello', state: 'streaming' },
    ]);
  });

  it('keeps a custom input that happens to be JSON as text', () => {
    const parts = decodeFrames([toolCallFrame({ index: 0, id: 'c1', type: 'custom', custom: { name: 'raw', input: '{"a":1}' } })]);
    expect(getToolCalls(accumulate(parts).finalize('complete'))[0]).toMatchObject({ custom: true, args: '{"a":1}', state: 'ready' });
  });

  it('reads a custom call in a non-streamed completion', () => {
    const parts: StreamPart[] = [];
    createOpenAIChatDecoder().decodeCompletion?.(
      {
        id: 'chatcmpl-x',
        model: 'gpt-5',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'custom', custom: { name: 'grep', input: 'TODO' } }] },
            finish_reason: 'tool_calls',
          },
        ],
      },
      (part) => parts.push(part),
    );
    expect(getToolCalls(accumulate(parts).end())).toEqual([
      { type: 'tool-call', toolCallId: 'call_1', custom: true, toolName: 'grep', argumentsText: 'TODO', args: 'TODO', state: 'ready' },
    ]);
  });

  it('is sent back to the API as a custom tool call with the input text', () => {
    const accumulator = accumulate(decodeSse(createOpenAIChatDecoder(), readFixture(CUSTOM)));
    accumulator.apply({ type: 'tool-result', choice: 0, toolCallId: 'call_customSanitized01', result: '42' });
    expect(toOpenAIMessages([accumulator.end()])).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_customSanitized01', type: 'custom', custom: { name: 'code_exec', input: INPUT } }],
      },
      { role: 'tool', tool_call_id: 'call_customSanitized01', content: '42' },
    ]);
  });
});

describe('a tool call that never received a name', () => {
  it('is invalid, not ready, with a reason, even when its arguments are valid JSON', () => {
    const parts = decodeFrames([toolCallFrame({ index: 0, id: 'c1', function: { arguments: '{"x":1}' } })]);
    const [call] = getToolCalls(accumulate(parts).finalize('complete'));
    expect(call).toMatchObject({ toolCallId: 'c1', toolName: '', argumentsText: '{"x":1}', args: { x: 1 }, state: 'invalid' });
    expect(call?.parseError).toMatch(/name/);
  });

  it('is invalid for a nameless custom call too', () => {
    const parts = decodeFrames([toolCallFrame({ index: 0, id: 'c2', type: 'custom', custom: { input: 'echo hi' } })]);
    const [call] = getToolCalls(accumulate(parts).finalize('complete'));
    expect(call).toMatchObject({ custom: true, toolName: '', args: 'echo hi', state: 'invalid' });
    expect(call?.parseError).toMatch(/name/);
  });

  it('leaves a named call with valid JSON ready', () => {
    const parts = decodeFrames([toolCallFrame({ index: 0, id: 'c3', type: 'function', function: { name: 'f', arguments: '{}' } })]);
    const [call] = getToolCalls(accumulate(parts).finalize('complete'));
    expect(call).toEqual({ type: 'tool-call', toolCallId: 'c3', toolName: 'f', argumentsText: '{}', args: {}, state: 'ready' });
  });
});
