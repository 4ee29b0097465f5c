import { createEventStreamParser } from '../../src/sse/createEventStreamParser';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import type { ChatMessage } from '../../src/message';
import type { ChatProtocol } from '../../src/protocols';
import { createChatTurn, toStreamError } from '../../src/store/createChatTurn';

/** What one hostile body did to the turn: the final message, and the raw value a decoder threw, if any. */
export interface HostileTurnResult {
  message: ChatMessage;
  /** What `decodeEvent` or the parser threw, before the transport wrapped it; `undefined` when nothing did. */
  thrown: unknown;
  /** How many events reached the decoder. */
  events: number;
}

/**
 * The store's turn as `runChatTurn` drives it, synchronously and without sockets: bytes → parser →
 * decoder → accumulator; a throw stops the stream and becomes the turn's failure, exactly as
 * `readEventStream` + `runChatTurn` do. Unlike `decodeBytes` it keeps what was thrown, so a test can
 * tell a decoder's own `ChatStreamError` from a `TypeError` the transport had to wrap.
 */
export function runHostileTurn(chunks: readonly Uint8Array[], protocol: ChatProtocol, state?: unknown): HostileTurnResult {
  const turn = createChatTurn({
    message: { id: 'hostile', role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: 0 } } },
    decoder: protocol.createDecoder,
    decoderContext: { state },
    now: () => 0,
  });
  let thrown: unknown;
  let events = 0;
  const parser = createEventStreamParser((event) => {
    events++;
    turn.decodeEvent(event);
  });
  try {
    for (const chunk of chunks) parser.push(chunk);
    parser.end();
  } catch (error) {
    thrown = error;
  }
  const message = turn.finish(thrown === undefined ? {} : { failure: toStreamError(thrown) });
  return { message, thrown, events };
}

/** Encodes SSE events (`data` only, or with an `event:` name) as one UTF-8 body. */
export function sseBody(events: readonly { event?: string; data: string }[]): Uint8Array {
  const text = events
    .map(({ event, data }) => `${event === undefined ? '' : `event: ${event}\n`}${data.split('\n').map((line) => `data: ${line}`).join('\n')}\n\n`)
    .join('');
  return new TextEncoder().encode(text);
}

/** Whether `error` is the decoder's own typed error rather than a runtime fault the transport wrapped. */
export const isOwnError = (error: unknown): error is ChatStreamError =>
  error instanceof ChatStreamError && !(error.cause instanceof TypeError || error.cause instanceof RangeError);
