import { ChatStreamError } from '../../sse/ChatStreamError';
import type { EmitStreamPart, StreamDecoder } from '../StreamDecoder';
import { createInBandError } from '../createInBandError';
import { parseJsonFrame } from '../parseJsonFrame';
import { createCandidateDecoder, type CandidateDecoder } from './createCandidateDecoder';
import type { GeminiCandidate, GeminiStreamChunk } from './GeminiStreamChunk';
import { finiteNumber, isRecord, malformedChunk, nonEmptyString } from './geminiFields';
import { hasGeminiTokenCounts, normalizeGeminiUsage } from './normalizeGeminiUsage';

/** The finish reason of an answer whose prompt was blocked (`promptFeedback.blockReason`): Gemini has no candidate to give one. */
export const GEMINI_PROMPT_BLOCKED = 'PROMPT_BLOCKED';

/**
 * Creates a decoder for Gemini's `streamGenerateContent?alt=sse` (Gemini API and Vertex AI).
 *
 * Each chunk is a `GenerateContentResponse` whose candidates carry new parts (see
 * `createCandidateDecoder`: text, thoughts and their signatures, function calls whole or streamed,
 * files, grounding sources); a candidate's `index` is the part's `choice`. `modelVersion` and
 * `responseId` become `metadata` (`model`, `id`) when they first appear or change.
 *
 * Gemini has no terminator: the body just ends. So the first `finishReason` (emitted as `finish` with
 * the reason as sent: `STOP`, `MAX_TOKENS`, `SAFETY`, `RECITATION`, …) is followed by `done`, and a
 * body cut before any finish reason stays unfinished (the store reports it `'incomplete'`).
 * `SAFETY` and its kin end the answer normally, with the partial text kept, as `@google/genai`
 * exposes them (a finish reason, no exception). A prompt blocked before any answer (a chunk with
 * `promptFeedback.blockReason` and no candidates) finishes with {@link GEMINI_PROMPT_BLOCKED}, the
 * block reason and ratings kept in `metadata.custom.promptFeedback`.
 *
 * `usageMetadata` is repeated with growing totals on every chunk; the last one with token counts wins.
 * It is emitted once the answer finishes (or when the body ends), not per chunk, which keeps the
 * per-token path to the parts themselves. An in-band `{"error": …}` chunk is a `'server'` error, the
 * parts before it kept. A chunk that is not JSON, not an object, or none of these shapes is a
 * `'protocol'` error naming the fault.
 */
export function createGeminiDecoder(): StreamDecoder {
  const candidates: CandidateDecoder[] = [];
  let model: string | undefined;
  let id: string | undefined;
  let usage: unknown;
  let usageSent = true;
  let finished = false;

  const candidateDecoder = (choice: number) => (candidates[choice] ??= createCandidateDecoder(choice));

  function emitUsage(emit: EmitStreamPart): void {
    if (usageSent) return;
    usageSent = true;
    emit({ type: 'usage', usage: normalizeGeminiUsage(usage) });
  }

  function finish(emit: EmitStreamPart): void {
    emitUsage(emit);
    if (finished) return;
    finished = true;
    emit({ type: 'done' });
  }

  function decodeChunk(chunk: GeminiStreamChunk, emit: EmitStreamPart, data: string): void {
    if (chunk.error !== undefined) {
      emit({ type: 'error', error: createInBandError(chunk) });
      return;
    }
    const list = chunk.candidates;
    if (list !== undefined && !Array.isArray(list)) throw malformedChunk('`candidates` is not a list', data);
    if (list === undefined && chunk.promptFeedback === undefined && chunk.usageMetadata === undefined) {
      throw malformedChunk('no `candidates`, `promptFeedback`, `usageMetadata` or `error`: not a GenerateContentResponse', data);
    }
    const nextModel = nonEmptyString(chunk.modelVersion);
    const nextId = nonEmptyString(chunk.responseId);
    if ((nextModel !== undefined && nextModel !== model) || (nextId !== undefined && nextId !== id)) {
      model = nextModel ?? model;
      id = nextId ?? id;
      emit({ type: 'metadata', id, model });
    }
    if (hasGeminiTokenCounts(chunk.usageMetadata)) {
      usage = chunk.usageMetadata;
      usageSent = false;
    }
    let ended = false;
    if (list) {
      for (let position = 0; position < list.length; position++) {
        const candidate: unknown = list[position];
        if (!isRecord(candidate)) throw malformedChunk('a candidate that is not an object', data);
        const index = finiteNumber(candidate.index);
        const choice = index !== undefined && Number.isInteger(index) && index >= 0 ? index : position;
        if (candidateDecoder(choice).decode(candidate as GeminiCandidate, emit, data) !== undefined) ended = true;
      }
    }
    const feedback = chunk.promptFeedback;
    if (isRecord(feedback) && nonEmptyString(feedback.blockReason) !== undefined && !ended) {
      emit({ type: 'metadata', custom: { promptFeedback: feedback } });
      emit({ type: 'finish', choice: 0, reason: GEMINI_PROMPT_BLOCKED });
      ended = true;
    }
    if (ended || (finished && !usageSent)) finish(emit);
  }

  return {
    decode(event, emit) {
      const data = event.data;
      if (data === '') return;
      decodeChunk(parseJsonFrame<GeminiStreamChunk>(data), emit, data);
    },
    flush(emit) {
      emitUsage(emit);
    },
    decodeCompletion(body, emit) {
      // `streamGenerateContent` without `alt=sse` answers with a JSON list of the same chunks.
      const chunks = Array.isArray(body) ? body : [body];
      if (chunks.length === 0 || !chunks.every(isRecord)) {
        throw new ChatStreamError('protocol', 'The server sent JSON instead of an event stream, and it is not a Gemini GenerateContentResponse (or a list of them).', { body });
      }
      emit({ type: 'metadata', streamed: false });
      for (const chunk of chunks) decodeChunk(chunk as GeminiStreamChunk, emit, JSON.stringify(chunk));
      emitUsage(emit);
    },
  };
}
