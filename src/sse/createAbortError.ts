import { ChatStreamError, isChatStreamError } from './ChatStreamError';

/**
 * The error a turn fails with once its `AbortSignal` fired, built from `signal.reason`.
 *
 * - A `ChatStreamError` reason is returned as is, so that a higher layer can abort with a precise error.
 * - A `TimeoutError` reason (from `AbortSignal.timeout()`) becomes code `'timeout'`: the caller set a
 *   deadline and it passed, which a UI should show as a failure rather than as a deliberate stop.
 * - Anything else becomes code `'aborted'`, keeping the reason as `cause`.
 */
export function createAbortError(reason: unknown): ChatStreamError {
  if (isChatStreamError(reason)) return reason;
  if (reason instanceof Error && reason.name === 'TimeoutError') {
    return new ChatStreamError('timeout', 'The request timed out.', { cause: reason });
  }
  return new ChatStreamError('aborted', 'The request was aborted.', { cause: reason });
}
