import { expect } from 'vitest';
import type { ChatProtocol } from '../../src/protocols';
import { checkMessageShape } from './checkMessageShape';
import { isOwnError, runHostileTurn, type HostileTurnResult } from './runHostileTurn';

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** The codes a turn fed from a byte body may end with: no transport is involved. */
const BODY_ERROR_CODES = ['protocol', 'server', 'incomplete'];

/**
 * Runs `chunks` through the turn and asserts every promise a hostile body must not break: only typed
 * errors leave the decoder, the final message has the documented shape, and `Object.prototype` is untouched.
 */
export function expectSafeOutcome(chunks: readonly Uint8Array[], protocol: ChatProtocol, state?: unknown): HostileTurnResult {
  const result = runHostileTurn(chunks, protocol, state);
  const { message, thrown } = result;
  if (thrown !== undefined && !isOwnError(thrown)) {
    const cause = thrown instanceof Error && thrown.cause instanceof Error ? ` (cause: ${thrown.cause.stack})` : '';
    expect.fail(`${protocol.name}: the decoder threw ${thrown instanceof Error ? thrown.stack : String(thrown)}${cause}`);
  }
  expect(checkMessageShape(message), protocol.name).toEqual([]);
  if (message.status === 'error') expect(BODY_ERROR_CODES).toContain(message.metadata?.error?.code);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototypeNames);
  return result;
}
