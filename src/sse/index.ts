/**
 * The transport layer: the only place that knows about fetch, `AbortSignal` and HTTP status. It turns a
 * request into server-sent events, and every transport failure into a `ChatStreamError`.
 */
export { ChatStreamError, isChatStreamError } from './ChatStreamError';
export type { ChatStreamErrorCode, ChatStreamErrorOptions } from './ChatStreamError';
export { createEventStreamParser } from './createEventStreamParser';
export type { EventStreamParser, EventStreamParserOptions } from './createEventStreamParser';
export { readEventStream } from './readEventStream';
export type { ReadEventStreamOptions, SseEvent } from './readEventStream';
export { fetchEventStream } from './fetchEventStream';
export type { FetchEventStreamOptions, RetryOptions } from './fetchEventStream';
