import { createOpenAIChatDecoder } from '../protocols/createOpenAIChatDecoder';
import type { EmitStreamPart } from '../protocols/StreamDecoder';
import { awaitWithin } from '../sse/awaitWithin';
import { fetchEventStream } from '../sse/fetchEventStream';
import { DEFAULT_IDLE_TIMEOUT_MS } from '../sse/readEventStream';
import { buildChatRequest, toRequestInit } from './buildChatRequest';
import type { ChatMessage } from './ChatMessage';
import type { ChatStoreOptions } from './ChatStoreOptions';

/** What {@link streamChatTurn} needs for one turn. */
export interface StreamChatTurnInput {
  /** The options in force when the turn started. */
  options: ChatStoreOptions;
  /** The conversation the request sends. */
  history: readonly ChatMessage[];
  /** The turn's signal: stop, a newer turn, or unmount. */
  signal: AbortSignal;
  /** Receives the decoded parts of the answer, in order. */
  emit: EmitStreamPart;
  /** Called after each event, once its parts were emitted (to schedule a publish). */
  onProgress(): void;
}

/**
 * The transport of one turn: builds the request (request-time options may be async), sends it, and
 * decodes the answer, streamed or (from a server that ignored `stream: true`) whole, into `emit`.
 * Resolves when the answer has ended; rejects with what ended it early.
 *
 * Every wait is bounded by the turn's signal and by `idleTimeoutMs`, the wait for a hung `headers`,
 * `body` or `prepareRequest` included: nothing can cancel the user's promise, so it is abandoned.
 */
export async function streamChatTurn({ options, history, signal, emit, onProgress }: StreamChatTurnInput): Promise<void> {
  const decoder = (options.decoder ?? createOpenAIChatDecoder)();
  const request = await awaitWithin(buildChatRequest(options, { messages: history, signal }), {
    signal,
    timeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    what: 'Preparing the request (headers, body or prepareRequest)',
  });
  await fetchEventStream(request.url, toRequestInit(request, signal), {
    fetch: options.fetch,
    signal,
    idleTimeoutMs: options.idleTimeoutMs,
    maxEventBytes: options.maxEventBytes,
    retry: options.retry,
    onEvent(event) {
      decoder.decode(event, emit);
      onProgress();
    },
    onCompletion: decoder.decodeCompletion && ((body) => decoder.decodeCompletion!(body, emit)),
  });
  decoder.flush?.(emit);
}
