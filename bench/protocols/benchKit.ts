import { createParser } from 'eventsource-parser';
import type { ChatMessage } from '../../src/message';
import { compare } from '../compare';
import { responseOf, type SyntheticStream } from '../syntheticStream';

/** The empty assistant message every contender's turn starts from. */
export const BENCH_MESSAGE: ChatMessage = { id: 'bench', role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: 0 } } };

// Each contender checks its own result, so that a broken path cannot look fast.
export const check = (ok: boolean, what: string): void => {
  if (!ok) throw new Error(`bench: ${what}`);
};

/**
 * The floor every protocol is compared with: eventsource-parser and `JSON.parse` on every event of the
 * same bytes, read the same way, doing nothing else. `events` is how many JSON events the stream has.
 */
async function floor(stream: SyntheticStream, events: number): Promise<void> {
  const reader = responseOf(stream).body!.getReader();
  const decoder = new TextDecoder();
  let parsed = 0;
  const parser = createParser({
    onEvent(event) {
      if (event.data === '[DONE]') return;
      JSON.parse(event.data);
      parsed++;
    },
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  check(parsed === events, 'the floor lost events');
}

/** Medians of the floor, ours and the official client, in interleaved rounds (see `compare`). */
export async function compareDecoders(
  stream: SyntheticStream,
  events: number,
  ours: () => Promise<void>,
  client: () => Promise<void>,
  rounds: number,
): Promise<[floor: number, ours: number, client: number]> {
  const medians = await compare(
    [
      { name: 'floor', run: () => floor(stream, events) },
      { name: 'ours', run: ours },
      { name: 'client', run: client },
    ],
    rounds,
  );
  return [medians.get('floor')!, medians.get('ours')!, medians.get('client')!];
}

/** Throughput, for the report lines. */
export const mbps = (bytes: number, ms: number): string => `${(bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(6)} MB/s`;

/** A duration, for the report lines. */
export const ms = (value: number): string => `${value.toFixed(1).padStart(7)} ms`;
