import { describe, expect, it } from 'vitest';
import { createAgUiDecoder } from '../../../src/protocols/ag-ui';
import type { StreamPart } from '../../../src/protocols';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';
import { decodeAgUiText, sseOf } from './agUiFixtures';

const RUN = { type: 'RUN_STARTED', threadId: 't', runId: 'r1' };
const DONE = { type: 'RUN_FINISHED', threadId: 't', runId: 'r1' };
const start = (messageId: string) => ({ type: 'TEXT_MESSAGE_START', messageId, role: 'assistant' });
const content = (messageId: string, delta: string) => ({ type: 'TEXT_MESSAGE_CONTENT', messageId, delta });
const end = (messageId: string) => ({ type: 'TEXT_MESSAGE_END', messageId });

/** Decodes one frame's data with a fresh decoder and returns what it emitted (or throws). */
function decodeFrames(...frames: string[]): StreamPart[] {
  const decoder = createAgUiDecoder();
  const parts: StreamPart[] = [];
  for (const data of frames) decoder.decode({ data, event: undefined, id: undefined } as never, (part) => parts.push(part));
  return parts;
}

describe('createAgUiDecoder: state', () => {
  it('patches the state the store held with STATE_DELTA, never mutating an earlier state', () => {
    const before = { recipe: { title: 'Soup', steps: ['boil'] } };
    const frozen = structuredClone(before);
    const { message, state } = decodeAgUiText(
      sseOf(
        RUN,
        { type: 'STATE_DELTA', delta: [{ op: 'replace', path: '/recipe/title', value: 'Stew' }, { op: 'add', path: '/recipe/steps/-', value: 'serve' }] },
        { type: 'STATE_DELTA', delta: [{ op: 'remove', path: '/recipe/steps/0' }] },
        DONE,
      ),
      before,
    );
    expect(state).toStrictEqual({ recipe: { title: 'Stew', steps: ['serve'] } });
    expect(before).toStrictEqual(frozen);
    expect(message.status).toBe('complete');
  });

  it('emits the whole state after each delta, each a new object', () => {
    const decoder = createAgUiDecoder({ state: { n: 1 } });
    const states: unknown[] = [];
    for (const value of [2, 3]) {
      decoder.decode({ data: JSON.stringify({ type: 'STATE_DELTA', delta: [{ op: 'replace', path: '/n', value }] }) } as never, (part) => {
        if (part.type === 'state') states.push(part.state);
      });
    }
    expect(states).toStrictEqual([{ n: 2 }, { n: 3 }]);
    expect(states[0]).not.toBe(states[1]);
  });

  it('starts from {} when the store held no state, and a snapshot replaces the state', () => {
    expect(decodeAgUiText(sseOf(RUN, { type: 'STATE_DELTA', delta: [{ op: 'add', path: '/a', value: 1 }] }, DONE)).state).toStrictEqual({ a: 1 });
    const snapshotThenDelta = sseOf(RUN, { type: 'STATE_SNAPSHOT', snapshot: { b: [1] } }, { type: 'STATE_DELTA', delta: [{ op: 'add', path: '/b/1', value: 2 }] }, DONE);
    expect(decodeAgUiText(snapshotThenDelta, { a: 1 }).state).toStrictEqual({ b: [1, 2] });
  });

  it('reports a patch that cannot be applied as a protocol error naming the operation, keeps the state and goes on', () => {
    const { message, state } = decodeAgUiText(
      sseOf(
        RUN,
        { type: 'STATE_DELTA', delta: [{ op: 'add', path: '/a', value: 1 }, { op: 'replace', path: '/missing/deep', value: 2 }] },
        content('m', 'still here'),
        { type: 'STATE_DELTA', delta: [{ op: 'add', path: '/c', value: 3 }] },
        DONE,
      ),
      { keep: true },
    );
    // The failed patch is all or nothing: its first operation is not applied either.
    expect(state).toStrictEqual({ keep: true, c: 3 });
    expect(message.status).toBe('error');
    expect(message.parts).toStrictEqual([{ type: 'text', text: 'still here' }]);
    const error = message.metadata?.error;
    expect(error).toBeInstanceOf(ChatStreamError);
    expect(error?.code).toBe('protocol');
    expect(error?.message).toContain('operation 1 (replace /missing/deep)');
    expect(error?.message).toContain('OPERATION_PATH_UNRESOLVABLE');
  });

  it('names a failed test operation', () => {
    const { message, state } = decodeAgUiText(sseOf({ type: 'STATE_DELTA', delta: [{ op: 'test', path: '/v', value: 2 }, { op: 'replace', path: '/v', value: 3 }] }), { v: 1 });
    expect(state).toBeUndefined();
    expect(message.metadata?.error?.message).toMatch(/operation 0 \(test \/v\).*TEST_OPERATION_FAILED/);
  });
});

describe('createAgUiDecoder: malformed frames', () => {
  it.each([
    ['not JSON', 'data: {oops', /expected JSON/],
    ['no type', '{"delta":"x"}', /no string "type"/],
    ['content without a delta', '{"type":"TEXT_MESSAGE_CONTENT","messageId":"m"}', /TEXT_MESSAGE_CONTENT event: "delta" must be a string, got undefined/],
    ['args without a call id', '{"type":"TOOL_CALL_ARGS","delta":"{}"}', /TOOL_CALL_ARGS event: "toolCallId" must be a string/],
    ['a result without a call id', '{"type":"TOOL_CALL_RESULT","content":"x","toolCallId":null}', /TOOL_CALL_RESULT event: "toolCallId" must be a string, got null/],
    ['a delta that is not a patch', '{"type":"STATE_DELTA","delta":{"op":"add"}}', /STATE_DELTA event: "delta" must be a JSON Patch array/],
    ['a snapshot without a snapshot', '{"type":"STATE_SNAPSHOT"}', /STATE_SNAPSHOT event: no "snapshot"/],
    ['a first tool chunk without an id', '{"type":"TOOL_CALL_CHUNK","toolCallName":"f","delta":"{}"}', /TOOL_CALL_CHUNK event: the first chunk of a call needs a string "toolCallId"/],
  ])('throws a protocol error for %s', (_label, data, message) => {
    let thrown: unknown;
    try {
      decodeFrames(data);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ChatStreamError);
    expect(thrown).toMatchObject({ code: 'protocol', message: expect.stringMatching(message) as string });
  });

  it('ignores unknown event types and empty data', () => {
    expect(decodeFrames('', '{"type":"SOMETHING_NEW","x":1}', '{"type":"SUBAGENT_STARTED","subagentRunId":"s","name":"n"}')).toStrictEqual([]);
  });
});

describe('createAgUiDecoder: text, reasoning and tool calls', () => {
  it('keeps two text messages as two text parts', () => {
    const { message } = decodeAgUiText(sseOf(RUN, start('a'), content('a', 'one'), end('a'), start('b'), content('b', 'two'), end('b'), DONE));
    expect(message.parts).toStrictEqual([
      { type: 'text', text: 'one', providerData: { messageId: 'a' } },
      { type: 'text', text: 'two', providerData: { messageId: 'b' } },
    ]);
  });

  it('reads the chunk shorthands: a new id opens a message, no id continues it, another event closes it', () => {
    const chunk = (fields: object) => ({ type: 'TEXT_MESSAGE_CHUNK', ...fields });
    const { message } = decodeAgUiText(
      sseOf(
        RUN,
        chunk({ messageId: 'a', delta: 'He' }),
        chunk({ delta: 'llo' }),
        chunk({ messageId: 'b', delta: 'Second' }),
        { type: 'TOOL_CALL_CHUNK', toolCallId: 'c1', toolCallName: 'f', delta: '{"x":' },
        { type: 'TOOL_CALL_CHUNK', delta: '1}' },
        { type: 'RAW', event: { passes: 'by' } },
        { type: 'TOOL_CALL_CHUNK', delta: '' },
        chunk({ messageId: 'c', delta: 'Third' }),
        { type: 'REASONING_MESSAGE_CHUNK', messageId: 'r', delta: 'hmm' },
        DONE,
      ),
    );
    expect(message.parts).toStrictEqual([
      { type: 'text', text: 'Hello', providerData: { messageId: 'a' } },
      { type: 'text', text: 'Second', providerData: { messageId: 'b' } },
      { type: 'tool-call', toolCallId: 'c1', toolName: 'f', argumentsText: '{"x":1}', args: { x: 1 }, state: 'ready' },
      { type: 'text', text: 'Third', providerData: { messageId: 'c' } },
      { type: 'reasoning', text: 'hmm', providerData: { messageId: 'r' } },
    ]);
  });

  it('ends a chunked call when the next event of another kind arrives, before the stream ends', () => {
    const parts = decodeFrames(JSON.stringify({ type: 'TOOL_CALL_CHUNK', toolCallId: 'c1', toolCallName: 'f', delta: '{}' }), JSON.stringify({ type: 'CUSTOM', name: 'n', value: 1 }));
    expect(parts.filter((part) => part.type === 'tool-call')).toStrictEqual([
      { type: 'tool-call', choice: 0, index: 0, id: 'c1', name: 'f', argumentsDelta: '', providerData: undefined },
      { type: 'tool-call', choice: 0, index: 0, id: undefined, argumentsDelta: '{}' },
      { type: 'tool-call', choice: 0, index: 0, argumentsDelta: '', end: true },
    ]);
    expect(parts.at(-1)).toStrictEqual({ type: 'data', choice: 0, name: 'ag-ui-custom', data: { name: 'n', value: 1 }, transient: true });
  });

  it('reads the older THINKING_* names as reasoning', () => {
    const { message } = decodeAgUiText(
      sseOf(RUN, { type: 'THINKING_START' }, { type: 'THINKING_TEXT_MESSAGE_START' }, { type: 'THINKING_TEXT_MESSAGE_CONTENT', delta: 'Let me see' }, { type: 'THINKING_TEXT_MESSAGE_END' }, { type: 'THINKING_END' }, start('a'), content('a', 'Yes'), DONE),
    );
    expect(message.parts).toStrictEqual([
      { type: 'reasoning', text: 'Let me see' },
      { type: 'text', text: 'Yes', providerData: { messageId: 'a' } },
    ]);
  });

  it('keeps encrypted reasoning on its reasoning part, on its tool call, or as a part of its own', () => {
    const { message } = decodeAgUiText(
      sseOf(
        RUN,
        { type: 'REASONING_START', messageId: 'r1' },
        { type: 'REASONING_MESSAGE_START', messageId: 'r1', role: 'reasoning' },
        { type: 'REASONING_MESSAGE_CONTENT', messageId: 'r1', delta: 'Thinking' },
        { type: 'REASONING_MESSAGE_END', messageId: 'r1' },
        { type: 'REASONING_ENCRYPTED_VALUE', subtype: 'message', entityId: 'r1', encryptedValue: 'enc-1' },
        { type: 'REASONING_END', messageId: 'r1' },
        { type: 'TOOL_CALL_START', toolCallId: 'c1', toolCallName: 'f', parentMessageId: 'm1' },
        { type: 'TOOL_CALL_END', toolCallId: 'c1' },
        { type: 'REASONING_ENCRYPTED_VALUE', subtype: 'tool-call', entityId: 'c1', encryptedValue: 'enc-call' },
        { type: 'REASONING_ENCRYPTED_VALUE', subtype: 'message', entityId: 'm2', encryptedValue: 'enc-2' },
        DONE,
      ),
    );
    expect(message.parts).toStrictEqual([
      { type: 'reasoning', text: 'Thinking', providerData: { messageId: 'r1' }, encrypted: 'enc-1' },
      { type: 'tool-call', toolCallId: 'c1', toolName: 'f', argumentsText: '', args: {}, state: 'ready', providerData: { parentMessageId: 'm1', encryptedValue: 'enc-call' } },
      { type: 'reasoning', text: '', encrypted: 'enc-2', providerData: { entityId: 'm2' } },
    ]);
  });

  it('starts a step only after the result of a call of this run', () => {
    const earlier = { type: 'TOOL_CALL_RESULT', messageId: 'r0', toolCallId: 'call_from_last_turn', content: 'ok' };
    const { message } = decodeAgUiText(
      sseOf(RUN, earlier, content('a', 'Noted.'), { type: 'TOOL_CALL_START', toolCallId: 'c1', toolCallName: 'f' }, { type: 'TOOL_CALL_RESULT', messageId: 'r1', toolCallId: 'c1', content: 'done' }, content('b', 'Next.'), DONE),
    );
    expect(message.parts.map((part) => part.type)).toStrictEqual(['text', 'tool-call', 'step-start', 'text']);
  });

  it('keeps arguments sent for a call that never started, and reports the missing name', () => {
    const { message } = decodeAgUiText(sseOf(RUN, { type: 'TOOL_CALL_ARGS', toolCallId: 'x', delta: '{"a":1}' }, { type: 'TOOL_CALL_END', toolCallId: 'x' }, DONE));
    expect(message.parts).toMatchObject([{ type: 'tool-call', toolCallId: 'x', toolName: '', argumentsText: '{"a":1}', state: 'invalid' }]);
  });
});

describe('createAgUiDecoder: runs', () => {
  it('takes the outcome of RUN_FINISHED as the finish reason and hands its result to onData', () => {
    const interrupt = { type: 'interrupt', interrupts: [{ id: 'i1', reason: 'approval' }] };
    const { message, data } = decodeAgUiText(sseOf(RUN, { ...DONE, outcome: interrupt, result: { ok: 1 } }));
    expect(message.metadata?.finishReason).toBe('interrupt');
    expect(data).toStrictEqual([{ name: 'ag-ui-run-finished', data: { result: { ok: 1 }, outcome: interrupt } }]);
  });

  it('sums the usage list of a run, one entry per model call', () => {
    const usage = [
      { model: 'a', inputTokens: 10, outputTokens: 5, totalTokens: 15 },
      { model: 'b', inputTokens: 1, outputTokens: 2 },
    ];
    const { message } = decodeAgUiText(sseOf(RUN, { ...DONE, usage }));
    expect(message.metadata?.usage).toStrictEqual({ inputTokens: 11, outputTokens: 7, totalTokens: 18, raw: usage });
    expect(message.metadata?.model).toBeUndefined();
  });

  it('ends the run at RUN_ERROR, keeping what came before and ignoring what comes after', () => {
    const { message, state } = decodeAgUiText(
      sseOf(RUN, start('a'), content('a', 'partial'), { type: 'RUN_ERROR', message: 'model overloaded' }, content('a', ' more'), { type: 'STATE_SNAPSHOT', snapshot: { x: 1 } }, DONE),
    );
    expect(message.parts).toStrictEqual([{ type: 'text', text: 'partial', providerData: { messageId: 'a' } }]);
    expect(message.status).toBe('error');
    expect(message.metadata?.error).toMatchObject({ code: 'server', message: 'model overloaded' });
    expect(message.metadata?.finishReason).toBeUndefined();
    expect(state).toBeUndefined();
  });

  it('hands CUSTOM, RAW and ACTIVITY events to onData', () => {
    const activity = { type: 'ACTIVITY_SNAPSHOT', messageId: 'a1', activityType: 'PLAN', content: { steps: [] } };
    const { data, message } = decodeAgUiText(sseOf(RUN, { type: 'CUSTOM', name: 'PredictState', value: [1] }, { type: 'RAW', event: { e: 1 }, source: 'lc' }, activity, DONE));
    expect(data).toStrictEqual([
      { name: 'ag-ui-custom', data: { name: 'PredictState', value: [1] } },
      { name: 'ag-ui-raw', data: { event: { e: 1 }, source: 'lc' } },
      { name: 'ag-ui-activity', data: activity },
    ]);
    expect(message.parts).toStrictEqual([]);
  });

  it('leaves a stream that stops before RUN_FINISHED incomplete', () => {
    const { message } = decodeAgUiText(sseOf(RUN, start('a'), content('a', 'cut')));
    expect(message.status).toBe('error');
    expect(message.metadata?.error?.code).toBe('incomplete');
  });
});
