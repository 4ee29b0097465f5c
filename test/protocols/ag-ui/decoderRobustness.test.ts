import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';
import { decodeAgUiText, sseOf } from './agUiFixtures';

const TYPES = [
  'RUN_STARTED', 'RUN_FINISHED', 'RUN_ERROR', 'STEP_STARTED', 'STEP_FINISHED',
  'TEXT_MESSAGE_START', 'TEXT_MESSAGE_CONTENT', 'TEXT_MESSAGE_END', 'TEXT_MESSAGE_CHUNK',
  'TOOL_CALL_START', 'TOOL_CALL_ARGS', 'TOOL_CALL_END', 'TOOL_CALL_CHUNK', 'TOOL_CALL_RESULT',
  'REASONING_START', 'REASONING_MESSAGE_START', 'REASONING_MESSAGE_CONTENT', 'REASONING_MESSAGE_END',
  'REASONING_MESSAGE_CHUNK', 'REASONING_END', 'REASONING_ENCRYPTED_VALUE', 'THINKING_TEXT_MESSAGE_CONTENT',
  'STATE_SNAPSHOT', 'STATE_DELTA', 'MESSAGES_SNAPSHOT', 'CUSTOM', 'RAW', 'ACTIVITY_DELTA', 'SUBAGENT_STARTED', 'NOT_A_TYPE',
];
// A few ids, so that events refer to each other often enough to reach the stateful paths.
const id = fc.constantFrom('a', 'b', 'c1', '', 'toolu_1');
const op = fc.record(
  { op: fc.constantFrom('add', 'remove', 'replace', 'move', 'copy', 'test', 'bogus'), path: fc.constantFrom('', '/x', '/x/0', '/__proto__/p', '/y/-', 'x'), from: fc.constantFrom('/x', '/nope'), value: fc.jsonValue() },
  { requiredKeys: ['op'] },
);
const field = fc.oneof(fc.jsonValue(), id, fc.array(op, { maxLength: 4 }));
const event = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    messageId: id,
    toolCallId: id,
    toolCallName: fc.oneof(fc.constantFrom('f', 'g'), field),
    parentMessageId: id,
    entityId: id,
    subtype: fc.constantFrom('tool-call', 'message', 5),
    delta: fc.oneof(fc.string(), fc.array(op, { maxLength: 4 }), field),
    snapshot: field,
    messages: fc.oneof(fc.array(fc.record({ role: fc.constantFrom('tool', 'user'), toolCallId: id, content: field, id }), { maxLength: 3 }), field),
    content: field,
    encryptedValue: fc.oneof(fc.string(), field),
    outcome: field,
    usage: field,
    message: field,
    runId: field,
  },
  { requiredKeys: ['type'] },
);

describe('AG-UI decoder robustness', () => {
  it('never crashes on well-formed JSON of any shape: it decodes, or throws a protocol ChatStreamError', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), fc.jsonValue(), (events, state) => {
        try {
          const { message } = decodeAgUiText(sseOf(...events), state);
          expect(['complete', 'error']).toContain(message.status);
        } catch (error) {
          expect(error).toBeInstanceOf(ChatStreamError);
          expect((error as ChatStreamError).code).toBe('protocol');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a prototype-polluting patch out of the state and out of Object.prototype', () => {
    const { state, message } = decodeAgUiText(sseOf({ type: 'STATE_DELTA', delta: [{ op: 'add', path: '/__proto__/polluted', value: true }] }), {});
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(state).toBeUndefined();
    expect(message.metadata?.error?.code).toBe('protocol');
  });
});
