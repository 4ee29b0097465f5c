import type { ChatMessage } from '../../../src/message';
import type { StreamPart } from '../../../src/protocols';
import { createGeminiDecoder, geminiProtocol } from '../../../src/protocols/gemini';
import { createEventStreamParser } from '../../../src/sse/createEventStreamParser';
import { createChatTurn, toStreamError } from '../../../src/store/createChatTurn';

/** A chunk object, or a raw `data` string sent as it is (for malformed frames). */
export type WireChunkInput = Record<string, unknown> | string;

const dataOf = (chunk: WireChunkInput) => (typeof chunk === 'string' ? chunk : JSON.stringify(chunk));

/** The parts a fresh decoder emits for `chunks`, then for the end of the body (`flush`). A thrown error propagates. */
export function decodeParts(chunks: readonly WireChunkInput[]): StreamPart[] {
  const decoder = createGeminiDecoder();
  const parts: StreamPart[] = [];
  const emit = (part: StreamPart) => parts.push(part);
  for (const chunk of chunks) decoder.decode({ data: dataOf(chunk) }, emit);
  decoder.flush?.(emit);
  return parts;
}

/**
 * The final message of `chunks` sent as a Gemini body (CRLF, as Google sends it) through the SSE parser
 * and the store's turn; as in the store, an error the decoder throws ends the turn as its failure.
 */
export function decodeMessage(chunks: readonly WireChunkInput[]): ChatMessage {
  const turn = createChatTurn({
    message: { id: 'fixture-message', role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: 0 } } },
    decoder: geminiProtocol.createDecoder,
    now: () => 0,
  });
  const parser = createEventStreamParser(turn.decodeEvent);
  try {
    parser.push(new TextEncoder().encode(chunks.map((chunk) => `data: ${dataOf(chunk)}\r\n\r\n`).join('')));
    parser.end();
  } catch (error) {
    return turn.finish({ failure: toStreamError(error) });
  }
  return turn.finish();
}

/** A chunk of candidate 0 with `parts`, and `extra` fields on the candidate. */
export const chunk = (parts: object[], extra: object = {}, top: object = {}): Record<string, unknown> => ({
  candidates: [{ content: { role: 'model', parts }, index: 0, ...extra }],
  ...top,
});
