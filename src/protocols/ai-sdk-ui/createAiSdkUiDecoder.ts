import type { StreamDecoder } from '../StreamDecoder';
import type { StreamPart } from '../StreamPart';
import { ChatStreamError } from '../../sse/ChatStreamError';
import { parseJsonFrame } from '../parseJsonFrame';
import type { AiSdkUiChunk } from './AiSdkUiChunk';
import { chunkId, customMetadata, nonEmptyString, partProviderData, requireString } from './aiSdkUiFields';
import { createAiSdkTextParts } from './createAiSdkTextParts';
import { createAiSdkToolCalls } from './createAiSdkToolCalls';
import { emitAiSdkContentChunk } from './emitAiSdkContentChunk';

const CHAR_OPEN_BRACKET = 91;
const CHAR_SPACE = 32;
const DONE: StreamPart = { type: 'done' };

/**
 * Creates a decoder for the AI SDK UI message stream, protocol v1: what `toUIMessageStreamResponse()`
 * and `pipeUIMessageStreamToResponse()` of the `ai` package write (response header
 * `x-vercel-ai-ui-message-stream: v1`), one JSON chunk per `data:` line, ending with `data: [DONE]`.
 *
 * - `start` → `metadata` (`messageId` as the response id, `messageMetadata` as custom metadata);
 *   `message-metadata` → `metadata`; `finish` → `metadata` and `finish` (when it names a reason) and
 *   `done`, since `finish` ends the message and some servers send no `[DONE]` after it.
 * - `text-*` and `reasoning-*` → text and reasoning parts, one per id, `part-end` at the end chunk;
 *   `providerMetadata` is kept on the part for the next request (see `createAiSdkTextParts`).
 * - `start-step` → a `step-start` part between steps, never a leading or empty one.
 * - `tool-input-*`, `tool-output-*`, `tool-approval-request` → tool calls keyed by `toolCallId`, their
 *   results and approvals (see `createAiSdkToolCalls`).
 * - `source-url`, `source-document`, `file`, `data-<name>` → source, file and data parts; a data chunk
 *   with `transient: true` goes to the `onData` callback only.
 * - `error` → an `error` part with a `'server'` error whose message is `errorText`; what streamed
 *   before it is kept.
 * - `abort` (the server stopped generating, for example because its request was aborted) is treated as
 *   the server ending the answer early: a `finish` with reason `'abort'` and `done`, so the partial
 *   answer is kept and complete, and `metadata.finishReason` tells why it is short.
 * - Chunk types this decoder does not know are ignored, so a newer server does not break it (the SDK's
 *   own reader rejects them).
 *
 * A frame that is not a JSON object, has no string `type`, or lacks a field a known chunk cannot do
 * without (a delta's text, a tool chunk's `toolCallId`) throws a `'protocol'` error naming it.
 */
export function createAiSdkUiDecoder(): StreamDecoder {
  const text = createAiSdkTextParts();
  const tools = createAiSdkToolCalls(text.beginPart);

  return {
    decode(event, emit) {
      const data = event.data;
      if (data === '') return;
      const first = data.charCodeAt(0);
      // Only frames that start with `[` or whitespace can be the terminator or blank, so only they pay for a trim.
      if (first === CHAR_OPEN_BRACKET || first <= CHAR_SPACE) {
        const trimmed = data.trim();
        if (trimmed === '[DONE]') return emit(DONE);
        if (trimmed === '') return;
      }
      const chunk = parseJsonFrame<AiSdkUiChunk>(data);
      const type = chunk.type;
      if (typeof type !== 'string') {
        throw new ChatStreamError('protocol', `Malformed AI SDK UI chunk: no string "type" in ${data.slice(0, 120)}`, { body: chunk });
      }
      // The per-token chunks come first.
      if (type === 'text-delta' || type === 'reasoning-delta') {
        const kind = type === 'text-delta' ? 'text' : 'reasoning';
        const delta = requireString(chunk, type, 'delta');
        return text.delta(kind, chunkId(chunk.id), delta, partProviderData(chunk.providerMetadata), emit);
      }
      if (type === 'tool-input-delta' || type === 'tool-input-start' || type === 'tool-input-available' || type === 'tool-input-error') {
        return tools.input(type, chunk, emit);
      }
      switch (type) {
        case 'text-start':
        case 'reasoning-start':
          return text.start(type === 'text-start' ? 'text' : 'reasoning', chunkId(chunk.id), partProviderData(chunk.providerMetadata), emit);
        case 'text-end':
        case 'reasoning-end':
          return text.end(type === 'text-end' ? 'text' : 'reasoning', chunkId(chunk.id), partProviderData(chunk.providerMetadata), emit);
        case 'tool-output-available':
        case 'tool-output-error':
        case 'tool-output-denied':
        case 'tool-approval-request':
          return tools.outcome(type, chunk, emit);
        case 'start-step':
          return text.startStep();
        case 'finish-step':
          tools.endAll(emit);
          return text.finishStep(emit);
        case 'start':
        case 'message-metadata': {
          const id = type === 'start' ? nonEmptyString(chunk.messageId) : undefined;
          const custom = customMetadata(chunk.messageMetadata);
          if (id !== undefined || custom !== undefined) emit({ type: 'metadata', ...(id ? { id } : {}), ...(custom ? { custom } : {}) });
          return;
        }
        case 'finish': {
          const custom = customMetadata(chunk.messageMetadata);
          if (custom !== undefined) emit({ type: 'metadata', custom });
          tools.endAll(emit);
          const reason = nonEmptyString(chunk.finishReason);
          if (reason !== undefined) emit({ type: 'finish', choice: 0, reason });
          return emit(DONE);
        }
        case 'abort':
          tools.endAll(emit);
          emit({ type: 'finish', choice: 0, reason: 'abort' });
          return emit(DONE);
        case 'error': {
          const message = nonEmptyString(chunk.errorText) ?? 'The server reported an error in the stream';
          return emit({ type: 'error', error: new ChatStreamError('server', message, { body: chunk }) });
        }
        default:
          return emitAiSdkContentChunk(type, chunk, text.beginPart, emit);
      }
    },
  };
}
