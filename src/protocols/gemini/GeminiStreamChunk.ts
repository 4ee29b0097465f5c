/**
 * One chunk of a Gemini `streamGenerateContent?alt=sse` answer (a `GenerateContentResponse`), as loose
 * as a network value: every field may be missing or of another type, so the decoder checks each one
 * before use. Only the fields the decoder reads are listed.
 */
export interface GeminiStreamChunk {
  /** The answers; one unless the request asked for `candidateCount` above 1. */
  candidates?: unknown;
  /** Present when the prompt itself was blocked: `{ blockReason, safetyRatings }`, and no candidates. */
  promptFeedback?: unknown;
  /** Token counts so far (totals, repeated on every chunk); Vertex AI sends only `trafficType` until the end. */
  usageMetadata?: unknown;
  modelVersion?: unknown;
  responseId?: unknown;
  /** An in-band failure: `{ code, message, status }`. */
  error?: unknown;
}

/** One candidate of a chunk. */
export interface GeminiCandidate {
  /** `{ role: 'model', parts }`: the parts this chunk adds to the answer. */
  content?: unknown;
  /** On the candidate's last chunk: `STOP`, `MAX_TOKENS`, `SAFETY`, `RECITATION`, `MALFORMED_FUNCTION_CALL`, … */
  finishReason?: unknown;
  /** The candidate's position among several. */
  index?: unknown;
  /** Google Search grounding: `groundingChunks` (web pages) and `groundingSupports` (answer spans → chunks). */
  groundingMetadata?: unknown;
}

/** One part of a candidate's content. */
export interface GeminiPart {
  text?: unknown;
  /** `true` on a thought (summary) part, whose `text` is reasoning. */
  thought?: unknown;
  /** Opaque signature of the model's reasoning, to be sent back on the same part of the next request. */
  thoughtSignature?: unknown;
  /** `{ id?, name, args }` whole, or Vertex AI's streamed pieces `{ name, willContinue }`, `{ partialArgs, willContinue }`, `{}`. */
  functionCall?: unknown;
  /** Built-in code execution: the code the model ran, `{ language, code }`. */
  executableCode?: unknown;
  /** Built-in code execution: `{ outcome, output }` of the code before it. */
  codeExecutionResult?: unknown;
  /** A file the model produced: `{ mimeType, data }` (base64). */
  inlineData?: unknown;
  /** A file the model refers to by URI: `{ mimeType, fileUri }`. */
  fileData?: unknown;
}
