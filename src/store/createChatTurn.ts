import { createOpenAIChatDecoder } from '../protocols/openai-chat/createOpenAIChatDecoder';
import type { SseEvent, StreamDecoderContext, StreamDecoderFactory } from '../protocols/StreamDecoder';
import type { StreamPart } from '../protocols/StreamPart';
import { ChatStreamError } from '../sse/ChatStreamError';
import type { ChatMessage } from '../message';
import { createFlushScheduler, type FlushThrottle } from './createFlushScheduler';
import { createMessageAccumulator, type MessageAccumulatorOptions, type StreamEnding } from './createMessageAccumulator';

/** Options of {@link createChatTurn}. */
export interface ChatTurnOptions {
  /** The empty assistant message the answer is folded into (its id, role and start time). */
  message: ChatMessage;
  /** The wire-format decoder; OpenAI Chat Completions by default. */
  decoder?: StreamDecoderFactory;
  /** What the decoder starts from (the agent state before the request). */
  decoderContext?: StreamDecoderContext;
  /** How often {@link ChatTurnOptions.onUpdate} runs while the answer streams. Default `'frame'`. */
  throttle?: FlushThrottle;
  /**
   * Receives the streaming message (a new object each time), at most once per flush period, and the
   * agent state when a `state` part changed it since the last update (`undefined` otherwise).
   */
  onUpdate?(message: ChatMessage, state: { value: unknown } | undefined): void;
  /** Receives `data` parts marked transient, which are never stored on the message. */
  onData?: MessageAccumulatorOptions['onData'];
  /** The clock of the message's timing; `Date.now` by default. */
  now?: () => number;
}

/**
 * The decode side of one turn, independent of where the bytes come from: server-sent events in,
 * one assistant message out. The store feeds it from `fetch`; tests and benchmarks feed it from bytes.
 */
export interface ChatTurn {
  /** The id of the message this turn builds. */
  readonly messageId: string;
  /** Decodes one server-sent event into the message. Throws a `'protocol'` `ChatStreamError` for a malformed frame. */
  decodeEvent(event: SseEvent): void;
  /** Decodes an answer the server sent whole (it ignored `stream: true`); absent when the decoder cannot. */
  readonly decodeCompletion: ((body: unknown) => void) | undefined;
  /** Publishes the deltas that wait for the next flush now. */
  flush(): void;
  /**
   * Ends the turn: lets the decoder emit what it held back (only after a body that ended normally),
   * drops a pending flush and returns the final message (see `MessageAccumulator.end`).
   */
  finish(ending?: StreamEnding): ChatMessage;
  /** The agent state a `state` part set since the last update, if any (read it after `finish`). */
  takeState(): { value: unknown } | undefined;
}

/** Any thrown value as a `ChatStreamError`; an unknown one is a `'protocol'` error, since only decoding runs user-shaped data. */
export const toStreamError = (error: unknown): ChatStreamError =>
  error instanceof ChatStreamError
    ? error
    : new ChatStreamError('protocol', error instanceof Error ? error.message : String(error), { cause: error });

/** Creates the decode → accumulate → flush → finish unit of one turn. */
export function createChatTurn(options: ChatTurnOptions): ChatTurn {
  const { message, decoder: createDecoder, decoderContext, throttle, onUpdate, now, onData } = options;
  const decoder = (createDecoder ?? createOpenAIChatDecoder)(decoderContext);
  const accumulator = createMessageAccumulator(message, { now, onData });
  // The accumulator's own function, not a wrapper: one call less per part.
  const emit: (part: StreamPart) => void = accumulator.apply;
  const scheduler = createFlushScheduler(() => {
    if (accumulator.dirty) onUpdate?.(accumulator.snapshot(), accumulator.takeState());
  }, throttle);
  // Without a listener there is nothing to publish, so the per-event path skips the scheduler.
  const schedule = onUpdate ? () => scheduler.schedule() : () => {};

  return {
    messageId: message.id,
    decodeEvent(event) {
      decoder.decode(event, emit);
      schedule();
    },
    decodeCompletion: decoder.decodeCompletion && ((body) => decoder.decodeCompletion!(body, emit)),
    flush: () => scheduler.flushNow(),
    finish({ stopped, failure } = {}) {
      scheduler.cancel();
      if (!failure && !stopped && decoder.flush) {
        try {
          decoder.flush(emit);
        } catch (error) {
          failure = toStreamError(error);
        }
      }
      return accumulator.end({ stopped, failure });
    },
    takeState: () => accumulator.takeState(),
  };
}
