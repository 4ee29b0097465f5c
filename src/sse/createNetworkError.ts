import { ChatStreamError, isChatStreamError } from './ChatStreamError';

/**
 * Wraps a failure of the connection (fetch rejected, or the body stream errored) as a retryable
 * `'network'` error. `what` says at which stage it failed; the message adds the low-level reason, and its
 * own cause when there is one, because undici reports every failure as `fetch failed` or `terminated` and
 * hides the useful part (`ECONNREFUSED`, `other side closed`) in `cause`.
 */
export function createNetworkError(what: string, error: unknown): ChatStreamError {
  if (isChatStreamError(error)) return error;
  const reason = describe(error);
  return new ChatStreamError('network', reason === '' ? `${what}.` : `${what}: ${reason}.`, { cause: error });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return error === undefined ? '' : String(error);
  const inner = error.cause instanceof Error ? error.cause.message : '';
  return inner === '' || inner === error.message ? error.message : `${error.message} (${inner})`;
}
