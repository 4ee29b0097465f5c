/**
 * The transport layer: the only place that knows about fetch, `AbortSignal` and HTTP status. It turns a
 * request into server-sent events, and every transport failure into a `ChatStreamError`.
 */
export { ChatStreamError, isChatStreamError, isRetryableStatus, MAX_ERROR_MESSAGE_CHARS } from './ChatStreamError';
export type { ChatStreamErrorCode, ChatStreamErrorOptions } from './ChatStreamError';
export { createEventStreamParser, DEFAULT_MAX_EVENT_BYTES } from './createEventStreamParser';
export type { EventStreamParser, EventStreamParserOptions } from './createEventStreamParser';
export { DEFAULT_IDLE_TIMEOUT_MS, readEventStream } from './readEventStream';
export type { ReadEventStreamOptions, SseEvent } from './readEventStream';
export { fetchEventStream } from './fetchEventStream';
export type { FetchEventStreamOptions, RetryOptions } from './fetchEventStream';
export { extractErrorMessage, parseErrorResponse } from './parseErrorResponse';
export type { ParsedErrorResponse } from './parseErrorResponse';
