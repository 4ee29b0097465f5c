import { describe, expect, it } from 'vitest';
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
});
