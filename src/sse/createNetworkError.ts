import { ChatStreamError, isChatStreamError } from './ChatStreamError';

/**
 * Wraps a failure of the connection (fetch rejected, or the body stream errored) as a retryable
 * `'network'` error. `what` says at which stage it failed; the message adds the low-level reason, and its
 * own cause when there is one, because undici reports every failure as `fetch failed` or `terminated` and
 * hides the useful part (`ECONNREFUSED`, `other side closed`) in `cause`. `hint` adds the likely causes.
 */
export function createNetworkError(what: string, error: unknown, hint?: string): ChatStreamError {
  if (isChatStreamError(error)) return error;
  const reason = describe(error);
  const message = reason === '' ? `${what}.` : `${what}: ${reason}.`;
  return new ChatStreamError('network', hint === undefined ? message : `${message} ${hint}`, { cause: error });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return error === undefined ? '' : String(error);
  const inner = error.cause instanceof Error ? error.cause.message : '';
  return inner === '' || inner === error.message ? error.message : `${error.message} (${inner})`;
}
