import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agUiProtocol } from '../../src/protocols/ag-ui';
import { PROTOTYPE_KEYS } from './hostileArbitraries';
import { expectSafeOutcome } from './expectSafeOutcome';
import { FUZZ_TARGETS } from './fuzzProtocols';
import { sseBody } from './runHostileTurn';
import { decodeBytesWithState } from '../core/decodeBytes';

const run = (...events: unknown[]) => [sseBody(events.map((event) => ({ data: JSON.stringify(event) })))];
const POLLUTING_PATHS = ['/__proto__/polluted', '/constructor/prototype/polluted', '/a/__proto__/polluted', '/__proto__', '/prototype/polluted'];

describe('prototype pollution', () => {
  it.each(POLLUTING_PATHS)('AG-UI STATE_DELTA to %s leaves Object.prototype alone and reports the refused operation', (path) => {
    for (const op of ['add', 'replace', 'copy', 'move']) {
      const bytes = run(
        { type: 'RUN_STARTED', threadId: 't', runId: 'r' },
        { type: 'STATE_SNAPSHOT', snapshot: { a: {}, keep: 1 } },
        { type: 'STATE_DELTA', delta: [op === 'copy' || op === 'move' ? { op, from: '/keep', path } : { op, path, value: 'yes' }] },
        { type: 'RUN_FINISHED', threadId: 't', runId: 'r' },
      );
      const { message } = expectSafeOutcome(bytes, agUiProtocol);
      const { state } = decodeBytesWithState(bytes, { protocol: agUiProtocol });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      expect(message.status).toBe('error');
      expect(message.metadata?.error?.message).toMatch(/STATE_DELTA could not be applied/);
    }
  });

  it('AG-UI state from the server with a __proto__ key is kept as data, not as a prototype', () => {
    const snapshot = JSON.parse('{"__proto__": {"polluted": "yes"}, "x": 1}') as unknown;
    const { state } = decodeBytesWithState(run({ type: 'RUN_STARTED', threadId: 't', runId: 'r' }, { type: 'STATE_SNAPSHOT', snapshot }, { type: 'RUN_FINISHED', threadId: 't', runId: 'r' }), { protocol: agUiProtocol });
    expect((state as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(FUZZ_TARGETS)('$name: ids, names and types spelled like prototype members change nothing global', ({ protocol }) => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('type', 'id', 'toolCallId', 'name', 'toolName', 'event', 'index', 'messageId', 'delta'), fc.constantFrom(...PROTOTYPE_KEYS, 'polluted')), { maxLength: 6 }), (frames) => {
        expectSafeOutcome(run(...frames), protocol);
      }),
      { numRuns: 60 },
    );
  });
});
