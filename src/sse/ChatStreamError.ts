import { truncate } from './truncate.js';

/**
 * What went wrong, as one closed union so that UIs can switch on it:
 * - `'http'`: the server answered with a non-2xx status (`status` is set).
 * - `'network'`: the connection failed or dropped (fetch rejected, or the body errored mid-stream).
 * - `'aborted'`: the caller aborted (for example `stop()`); not shown as a failure by the store.
 * - `'timeout'`: no bytes arrived within the idle timeout.
 * - `'protocol'`: the response is not a usable event stream (wrong content type, malformed frame).
 * - `'server'`: the server reported an error inside the stream (an in-band `{"error":…}` frame).
 * - `'incomplete'`: the stream ended without a terminator or finish reason (truncated answer).
 * - `'config'`: the options are invalid (an empty `api`, say); thrown at once by `createChatStore`,
 *   `setOptions` and `useChatStream`, never the outcome of a turn.
 * - `'attachment'`: a file given to `send` is of a type or size the protocol cannot send; nothing was
 *   sent, and the message names the file and the limit.
 */
export type ChatStreamErrorCode =
  | 'http'
  | 'network'
  | 'aborted'
  | 'timeout'
  | 'protocol'
  | 'server'
  | 'incomplete'
  | 'config'
  | 'attachment';

/** Extra facts carried by a {@link ChatStreamError}. */
export interface ChatStreamErrorOptions {
  /** HTTP status for `'http'` errors. */
  status?: number;
  /** Whether sending the same request again may succeed. Defaults by code and status. */
  retryable?: boolean;
  /** Delay the server asked for through `Retry-After`, in milliseconds. */
  retryAfterMs?: number;
  /** The provider's own error code or type, for example `'rate_limit_exceeded'`. */
  providerCode?: string;
  /** The raw error body or frame, parsed as JSON when it was JSON, else text. */
  body?: unknown;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * Whether an error of this code may succeed if sent again (an `'http'` error goes by its status): the
 * connection failed, stalled, was cut short, or the server reported a passing fault in-band.
 */
const isRetryableCode = (code: ChatStreamErrorCode): boolean =>
  code === 'network' || code === 'timeout' || code === 'server' || code === 'incomplete';

/**
 * The longest `message`, in characters: it is shown in error banners and logs. Whatever a server sent
 * beyond it stays available, whole, on `body`.
 */
export const MAX_ERROR_MESSAGE_CHARS = 500;

/** Statuses that are worth sending again: request timeout, conflict, rate limit, and server faults. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The one error type of react-chat-stream. Every failure of a turn (HTTP, network, timeout, malformed
 * stream, in-band server error, truncation) is reported as a `ChatStreamError` with a {@link code}, as
 * are invalid options (`'config'`). Its `message` is a short summary, at most
 * {@link MAX_ERROR_MESSAGE_CHARS} characters; the full detail a server sent stays on `body`.
 */
export class ChatStreamError extends Error {
  override readonly name = 'ChatStreamError';
  // The fields below are `declare`d and set by the constructor alone: as class fields they would be
  // emitted a second time, empty, in every bundle, for the same own properties.
  /** What kind of failure this is. */
  declare readonly code: ChatStreamErrorCode;
  /** HTTP status, for `'http'` errors. */
  declare readonly status?: number;
  /** Whether the same request may succeed if sent again. */
  declare readonly retryable: boolean;
  /** Delay the server asked for before retrying, in milliseconds. */
  declare readonly retryAfterMs?: number;
  /** The provider's own error code or type. */
  declare readonly providerCode?: string;
  /** The raw error body or frame. */
  declare readonly body?: unknown;

  constructor(code: ChatStreamErrorCode, message: string, options: ChatStreamErrorOptions = {}) {
    super(truncate(message, MAX_ERROR_MESSAGE_CHARS), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.retryable =
      options.retryable ??
      (code === 'http' && options.status !== undefined ? isRetryableStatus(options.status) : isRetryableCode(code));
    this.retryAfterMs = options.retryAfterMs;
    this.providerCode = options.providerCode;
    this.body = options.body;
  }
}

/** Narrows an unknown value to a {@link ChatStreamError}. */
export function isChatStreamError(value: unknown): value is ChatStreamError {
  return value instanceof ChatStreamError;
}
