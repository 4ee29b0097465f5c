import type { SseEvent } from '../sse/createEventStreamParser';
import type { StreamPart } from './StreamPart';

export type { SseEvent } from '../sse/createEventStreamParser';

/** Receives the parts a decoder produces, in order. */
export type EmitStreamPart = (part: StreamPart) => void;

/**
 * Turns the events of one response into normalized {@link StreamPart}s. A decoder is stateful and lives
 * for one response: create a new one per request through a {@link StreamDecoderFactory}.
 *
 * Emitting through a callback instead of returning arrays keeps the per-token path free of allocations
 * beyond the part itself.
 */
export interface StreamDecoder {
  /** Decodes one event. Throws a `ChatStreamError` with code `'protocol'` for a malformed frame. */
  decode(event: SseEvent, emit: EmitStreamPart): void;
  /** Called once when the body has ended normally, to emit anything the decoder held back. */
  flush?(emit: EmitStreamPart): void;
  /**
   * Decodes an answer the server sent whole, as one parsed JSON body, because it ignored `stream: true`.
   * Emits the same parts a stream would, with `streamed: false` on its `metadata` part, and a `done`
   * part. Throws a `'protocol'` `ChatStreamError` for JSON that is not an answer. Without this method,
   * such a response is a `'protocol'` error.
   */
  decodeCompletion?(body: unknown, emit: EmitStreamPart): void;
}

/** What the store knows when a response starts, for decoders whose stream builds on it. */
export interface StreamDecoderContext {
  /** The agent state as it stood before the request (`ChatState.agentState`), for AG-UI `STATE_DELTA`. */
  state?: unknown;
}

/** Creates a fresh {@link StreamDecoder} for each response. */
export type StreamDecoderFactory = (context?: StreamDecoderContext) => StreamDecoder;
