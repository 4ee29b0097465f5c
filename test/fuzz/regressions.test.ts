import { describe, expect, it } from 'vitest';
import { openAIChatProtocol } from '../../src/protocols/openai-chat';
import { MAX_JSON_DEPTH } from '../../src/protocols/parseJsonFrame';
import { agUiProtocol } from '../../src/protocols/ag-ui';
import { aiSdkUiProtocol } from '../../src/protocols/ai-sdk-ui';
import { getMessageText } from '../../src/message';
import { expectSafeOutcome } from './expectSafeOutcome';
import { sseBody } from './runHostileTurn';

const frames = (...values: unknown[]) => [sseBody(values.map((value) => ({ data: JSON.stringify(value) })))];

// Each case is a fuzzer counterexample, minimized: what it broke is named in the title.
describe('hostile frames found by the fuzzer', () => {
  it('AI SDK UI: a text id whose toString the server replaced is an id like any other (String threw a TypeError)', () => {
    const { message } = expectSafeOutcome(
      frames(
        { type: 'text-start', id: { toString: {} } },
        { type: 'text-delta', id: { toString: 1 }, delta: 'Hello' },
        { type: 'text-end', id: [{ toString: [] }] },
        { type: 'finish' },
      ),
      aiSdkUiProtocol,
    );
    expect(message.status).toBe('complete');
    expect(getMessageText(message)).toBe('Hello');
  });

  it('AG-UI: a STATE_DELTA whose op and path are objects with a replaced toString is a protocol error naming the operation', () => {
    const { message, thrown } = expectSafeOutcome(
      frames(
        { type: 'RUN_STARTED', threadId: 't', runId: 'r' },
        { type: 'STATE_DELTA', delta: [{ op: { toString: 1 }, path: { toString: {} }, value: 1 }] },
        { type: 'RUN_FINISHED', threadId: 't', runId: 'r' },
      ),
      agUiProtocol,
    );
    expect(thrown).toBeUndefined();
    expect(message.status).toBe('error');
    expect(message.metadata?.error?.code).toBe('protocol');
    expect(message.metadata?.error?.message).toMatch(/STATE_DELTA could not be applied.*operation 0 \(an object an object\) is not an object with a string "op" and "path"/);
  });

  const chunk = (content: unknown, args?: string) =>
    JSON.stringify({ choices: [{ index: 0, delta: args === undefined ? { content } : { tool_calls: [{ index: 0, id: 'c', function: { name: 'f', arguments: args } }] } }] });
  const nested = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown;

  it(`a frame nested deeper than ${MAX_JSON_DEPTH} levels is a protocol error (JSON.stringify of the message overflowed the stack)`, () => {
    const ok = expectSafeOutcome([sseBody([{ data: chunk(nested(MAX_JSON_DEPTH - 10)) }, { data: '[DONE]' }])], openAIChatProtocol).message;
    expect(ok.metadata?.error?.message ?? '').not.toContain('nested deeper');
    const deep = expectSafeOutcome([sseBody([{ data: chunk('Hi') }, { data: chunk(nested(MAX_JSON_DEPTH + 1)) }, { data: '[DONE]' }])], openAIChatProtocol).message;
    expect(deep.status).toBe('error');
    expect(deep.metadata?.error?.message).toContain(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    expect(getMessageText(deep)).toBe('Hi');
  });

  it('tool arguments streamed deeper than the limit end invalid, with a shallow snapshot (the partial parser built 100,000 levels)', () => {
    const depth = MAX_JSON_DEPTH + 10;
    const args = '['.repeat(depth) + ']'.repeat(depth);
    const { message } = expectSafeOutcome([sseBody([{ data: chunk(undefined, args.slice(0, depth)) }, { data: chunk(undefined, args.slice(depth)) }, { data: '[DONE]' }])], openAIChatProtocol);
    const call = message.parts.find((part) => part.type === 'tool-call');
    expect(call).toMatchObject({ state: 'invalid', parseError: `Nested deeper than ${MAX_JSON_DEPTH} levels`, argumentsText: args });
  });
});
