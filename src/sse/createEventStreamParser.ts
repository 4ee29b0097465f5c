import { createParser } from 'eventsource-parser';
import type { EventSourceMessage } from 'eventsource-parser';

/** One server-sent event: `data` (lines joined with `\n`), and `event` and `id` when the server sent them. */
export type SseEvent = EventSourceMessage;

/** A push parser from response bytes to server-sent events; see {@link createEventStreamParser}. */
export interface EventStreamParser {
  /** Feeds the next network chunk; complete events are delivered before this returns. */
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
 */
export function createEventStreamParser(onEvent: (event: SseEvent) => void): EventStreamParser {
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent });
  let last = 0;

  const feed = (text: string) => {
    if (text === '') return;
    last = text.charCodeAt(text.length - 1);
    parser.feed(text);
  };

  return {
    push(chunk) {
      feed(decoder.decode(chunk, STREAM));
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
