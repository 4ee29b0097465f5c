import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEventStreamParser } from '../../src/sse/createEventStreamParser';
import { readEventStream } from '../../src/sse/readEventStream';
import type { ChatMessage } from '../../src/message';
import type { ChatProtocol } from '../../src/protocols';
import { createChatTurn } from '../../src/store/createChatTurn';

/** The id of the message that {@link decodeBytes} builds; tool calls without an id derive theirs from it. */
export const DECODED_MESSAGE_ID = 'fixture-message';

/** The Chat Completions fixture folders that the core tests cover. */
export const CHAT_FIXTURE_DIRS = ['openai-chat', 'openai-compatible'] as const;

const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Every `.sse` file of {@link CHAT_FIXTURE_DIRS}, as `dir/file.sse`, sorted. */
export function listChatFixtures(): string[] {
  return CHAT_FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(`${fixturesRoot}${dir}`)
      .filter((file) => file.endsWith('.sse'))
      .map((file) => `${dir}/${file}`),
  ).sort();
}

/** The bytes of a fixture, for example `readFixtureBytes('openai-chat/plain-text-usage.sse')`. */
export function readFixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(`${fixturesRoot}${name}`));
}

/** Options of {@link decodeBytes}: the wire format (OpenAI Chat Completions by default). */
export interface DecodeBytesOptions {
  protocol?: ChatProtocol;
  /** The agent state the decoder starts from (AG-UI). */
  state?: unknown;
  /** Receives transient data parts. */
  onData?: (part: { name: string; id?: string; data: unknown }) => void;
}

// The clock is frozen so that timing fields are identical however the body was chunked.
const startTurn = ({ protocol, state, onData }: DecodeBytesOptions = {}) =>
  createChatTurn({
    message: { id: DECODED_MESSAGE_ID, role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: 0 } } },
    decoder: protocol?.createDecoder,
    decoderContext: { state },
    onData,
    now: () => 0,
  });

/**
 * The store's turn without the network, synchronously: bytes → `createEventStreamParser` → the
 * store's `createChatTurn` (decoder, accumulator, finish). Each chunk is pushed as one read.
 */
export function decodeBytes(chunks: readonly Uint8Array[], options?: DecodeBytesOptions): ChatMessage {
  const turn = startTurn(options);
  const parser = createEventStreamParser(turn.decodeEvent);
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return turn.finish();
}

/** Like {@link decodeBytes}, but through the async `readEventStream` reading a `ReadableStream` of `chunks`. */
export async function decodeByteStream(chunks: readonly Uint8Array[], options?: DecodeBytesOptions): Promise<ChatMessage> {
  const turn = startTurn(options);
  await readEventStream(streamOf(chunks), { onEvent: turn.decodeEvent, idleTimeoutMs: 0 });
  return turn.finish();
}

/** A body that delivers `chunks` one read at a time. */
export function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array<ArrayBuffer>> {
  let next = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      // A copy, so that no two reads share a buffer, as on a real socket.
      else controller.enqueue(chunk.slice());
    },
  });
}

/** Cuts `bytes` at the given offsets (sorted, deduplicated, within range); empty pieces are kept out. */
export function splitAt(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const offset of offsets) {
    if (offset <= start || offset >= bytes.length) continue;
    chunks.push(bytes.subarray(start, offset));
    start = offset;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

/** Like {@link decodeBytes}, also returning the agent state the stream left (AG-UI), `undefined` when it set none. */
export function decodeBytesWithState(chunks: readonly Uint8Array[], options?: DecodeBytesOptions): { message: ChatMessage; state: unknown } {
  const turn = startTurn(options);
  const parser = createEventStreamParser(turn.decodeEvent);
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  const message = turn.finish();
  return { message, state: turn.takeState()?.value };
}
