import type { EmitStreamPart } from '../StreamDecoder';
import { createGeminiFunctionCalls } from './createGeminiFunctionCalls';
import type { GeminiCandidate, GeminiPart } from './GeminiStreamChunk';
import { isRecord, malformedChunk, nonEmptyString } from './geminiFields';
import { groundingAsSources } from './groundingAsSources';

/** Decodes the candidates of one index across the chunks of a response. */
export interface CandidateDecoder {
  /** Decodes this candidate's share of one chunk; returns its `finishReason` when the chunk carries one. */
  decode(candidate: GeminiCandidate, emit: EmitStreamPart, data: string): string | undefined;
}

type OpenKind = 'text' | 'reasoning' | undefined;

/**
 * Creates the decoder of candidate `choice`. Each chunk's parts are new parts of the answer, appended
 * in order: text parts grow one text part, `thought: true` parts one reasoning part, each
 * `functionCall` is a tool call (see `createGeminiFunctionCalls`), `inlineData`/`fileData` are files.
 *
 * A `thoughtSignature` goes where the API wants it back: on a thought part it is the reasoning part's
 * `signature`, on a text part the text part's `providerData.thoughtSignature` (Gemini 3 often sends it
 * on a last, empty text part, which then adds nothing but the signature). A signed part joins the part
 * before it only when that part has no signature yet, so no signature is ever joined to another.
 * Unsigned text that follows a signed part does join it, so an answer is one part, not one per chunk:
 * Gemini checks signatures strictly only on function calls, and each call keeps its own part.
 * Empty text without a signature carries nothing and is skipped; a part with only a signature is
 * empty text (or, with `thought: true`, empty reasoning) that carries it.
 *
 * `finishReason` is emitted as `finish` with the reason as sent; `groundingMetadata` becomes source
 * parts after the text they back.
 */
export function createCandidateDecoder(choice: number): CandidateDecoder {
  const calls = createGeminiFunctionCalls(choice);
  let open: OpenKind;
  let signed = false;
  // Grounding offsets point into the answer text, so the text is kept (a rope: appends do not copy).
  let answer = '';

  function textPart(part: GeminiPart, text: string, signature: string | undefined, emit: EmitStreamPart): void {
    const kind = part.thought === true ? 'reasoning' : 'text';
    if (text === '' && signature === undefined) return;
    if (open === kind && signed && signature !== undefined) emit({ type: 'part-end', choice });
    if (open !== kind || (signed && signature !== undefined)) signed = false;
    open = kind;
    if (signature !== undefined) signed = true;
    if (kind === 'reasoning') {
      emit(signature === undefined ? { type: 'reasoning', choice, delta: text } : { type: 'reasoning', choice, delta: text, signature });
      return;
    }
    answer += text;
    emit(signature === undefined ? { type: 'text', choice, delta: text } : { type: 'text', choice, delta: text, providerData: { thoughtSignature: signature } });
  }

  function decodePart(value: unknown, emit: EmitStreamPart, data: string): void {
    if (!isRecord(value)) throw malformedChunk('a content part that is not an object', data);
    const part = value as GeminiPart;
    const signature = nonEmptyString(part.thoughtSignature);
    if (typeof part.text === 'string') return textPart(part, part.text, signature, emit);
    if (isRecord(part.functionCall)) {
      open = undefined;
      return calls.call(part.functionCall, signature, emit, data);
    }
    if (isRecord(part.executableCode)) {
      open = undefined;
      return calls.code(part.executableCode, signature, emit);
    }
    if (isRecord(part.codeExecutionResult)) return calls.codeResult(part.codeExecutionResult, emit);
    const file = isRecord(part.inlineData) ? part.inlineData : isRecord(part.fileData) ? part.fileData : undefined;
    if (file) {
      open = undefined;
      const mediaType = nonEmptyString(file.mimeType) ?? 'application/octet-stream';
      const content = typeof file.data === 'string' ? { data: file.data } : { url: nonEmptyString(file.fileUri) ?? '' };
      emit({ type: 'file', choice, file: { mediaType, ...content } });
      return;
    }
    // A part that holds nothing but a signature still has to go back.
    if (signature !== undefined) textPart(part, '', signature, emit);
  }

  return {
    decode(candidate, emit, data) {
      const content = candidate.content;
      if (content !== undefined && !isRecord(content)) throw malformedChunk('a candidate `content` that is not an object', data);
      const parts = content?.parts;
      if (parts !== undefined && !Array.isArray(parts)) throw malformedChunk('candidate `content.parts` that is not a list', data);
      if (parts) for (const part of parts) decodePart(part, emit, data);
      if (candidate.groundingMetadata !== undefined) {
        for (const source of groundingAsSources(candidate.groundingMetadata, answer)) emit({ type: 'source', choice, source });
        open = undefined;
      }
      const reason = nonEmptyString(candidate.finishReason);
      if (reason === undefined) return undefined;
      calls.finish(emit);
      emit({ type: 'finish', choice, reason });
      return reason;
    },
  };
}
