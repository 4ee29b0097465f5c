import { createParser } from 'eventsource-parser';
import type { EventSourceMessage } from 'eventsource-parser';
import { ChatStreamError } from './ChatStreamError';

/** One server-sent event: `data` (lines joined with `\n`), and `event` and `id` when the server sent them. */
export type SseEvent = EventSourceMessage;

/**
 * The largest event accepted by default: 8 MiB. An answer arrives as many small events; one this large
 * is a server that never ends its line or event, and buffering it would grow the heap without bound.
 */
export const DEFAULT_MAX_EVENT_BYTES = 8 * 1024 * 1024;

/** Options of {@link createEventStreamParser}. */
export interface EventStreamParserOptions {
  /**
   * The most bytes one event may take, its field names, comments and line breaks included, counted from
   * the blank line that ended the previous event. Default {@link DEFAULT_MAX_EVENT_BYTES}; `Infinity`
   * turns the cap off.
   */
  maxEventBytes?: number;
}

/** A push parser from response bytes to server-sent events; see {@link createEventStreamParser}. */
export interface EventStreamParser {
  /**
   * Feeds the next network chunk; complete events are delivered before this returns. Throws a
   * `'protocol'` `ChatStreamError`, without buffering the chunk, when the event being read would exceed
   * `maxEventBytes`.
   */
  push(chunk: Uint8Array): void;
  /** Ends the body: flushes the UTF-8 decoder and delivers the last event if its lines are complete. */
  end(): void;
}

// Shared so that decoding a chunk allocates nothing but its string.
const STREAM: TextDecodeOptions = { stream: true };
const LF = 10;
const CR = 13;

/**
 * Creates a push parser from bytes to events: a streaming `TextDecoder` (characters split across
 * chunks survive; a leading BOM is dropped) in front of eventsource-parser (LF, CR and CRLF, comments,
 * multi-line `data`, unknown fields ignored as the spec says). Pure and synchronous: the one place that
 * turns bytes into events, used by `readEventStream` and by tests that split bodies at every offset.
 *
 * At the end of the body, an event whose last line is complete but lacks the closing blank line is
 * still delivered: some servers (Claude's OpenAI-compatible endpoint among them) end with
 * `data: [DONE]\n`. An event cut inside a line is dropped, so a truncated frame never looks whole.
 *
 * The size of the event being read is checked on every chunk, before it is buffered, so a line or event
 * that never ends is stopped at `maxEventBytes` however it is split.
 */
export function createEventStreamParser(
  onEvent: (event: SseEvent) => void,
  options: EventStreamParserOptions = {},
): EventStreamParser {
  const maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent });
  let last = 0;
  // Bytes since the last blank line, and the byte before this chunk (a blank line may straddle chunks).
  let eventBytes = 0;
  let previousByte = 0;
  const measure: ChunkMeasure = { open: 0, overflowAt: -1 };

  const feed = (text: string) => {
    if (text === '') return;
    last = text.charCodeAt(text.length - 1);
    parser.feed(text);
  };

  return {
    push(chunk) {
      if (chunk.byteLength === 0) return;
      measureChunk(chunk, previousByte, eventBytes, maxEventBytes, measure);
      if (measure.overflowAt === -1) {
        eventBytes = measure.open;
        previousByte = chunk[chunk.byteLength - 1]!;
        feed(decoder.decode(chunk, STREAM));
        return;
      }
      // The events that ended before the oversized one are delivered; the oversized one is never buffered.
      if (measure.overflowAt > 0) feed(decoder.decode(chunk.subarray(0, measure.overflowAt), STREAM));
      throw new ChatStreamError(
        'protocol',
        `A stream event grew past maxEventBytes (${maxEventBytes} bytes) without ending: the server sent a line or event with no end, or the limit is too low for this endpoint.`,
      );
    },
    end() {
      feed(decoder.decode());
      // After a final CR the parser waits for a possible LF; "\n\n" settles that line and ends the event.
      if (last === CR) parser.feed('\n\n');
      else if (last === LF) parser.feed('\n');
      last = 0;
    },
  };
}

/** How much of a chunk may be parsed: see {@link measureChunk}. */
interface ChunkMeasure {
  /** Bytes of the event still open at the end of the chunk. */
  open: number;
  /** Bytes of the chunk up to the end of its last blank line that precedes an oversized event, or -1. */
  overflowAt: number;
}

/**
 * Measures the events of `chunk` (`carried` bytes of the open event came before it). CR and LF never
 * occur inside a multi-byte UTF-8 character, so bytes suffice. A blank line is two line breaks in a row
 * (LF LF, CR CR, LF CR); CR LF is a single break.
 *
 * When `carried` plus the whole chunk fits under `max`, no event in it can be too large, and only the
 * bytes after its last blank line matter: a backwards scan that stops at once on the token path, where
 * a chunk ends with its blank line. Only a chunk that could break the cap is scanned forwards, noting
 * where the events that fit end, so that they are still delivered.
 */
function measureChunk(chunk: Uint8Array, previousByte: number, carried: number, max: number, into: ChunkMeasure): void {
  const length = chunk.byteLength;
  into.overflowAt = -1;
  if (carried + length <= max) {
    for (let index = length - 1; index >= 0; index--) {
      if (endsBlankLine(index > 0 ? chunk[index - 1]! : previousByte, chunk[index]!)) {
        into.open = length - 1 - index;
        return;
      }
    }
    into.open = carried + length;
    return;
  }
  let run = carried;
  let complete = 0;
  for (let index = 0; index < length; index++) {
    if (endsBlankLine(index > 0 ? chunk[index - 1]! : previousByte, chunk[index]!)) {
      run = 0;
      complete = index + 1;
    } else if (++run > max) {
      into.open = run;
      into.overflowAt = complete;
      return;
    }
  }
  into.open = run;
}

function endsBlankLine(before: number, byte: number): boolean {
  return (byte === LF || byte === CR) && (before === LF || before === CR) && !(before === CR && byte === LF);
}
