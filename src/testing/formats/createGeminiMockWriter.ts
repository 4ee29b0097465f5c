import { createMockErrorObject } from '../createMockErrorBody';
import type { MockFrameWriter, MockFrameWriterContext, MockUsageCounts } from './MockFrameWriter';
import { parseArguments, sseFrame, truncatedJson } from './sseFrame';

// Chat Completions finish reasons in Gemini's words (function calls end with STOP); others are sent as given.
const FINISH_REASONS: Record<string, string> = { stop: 'STOP', length: 'MAX_TOKENS', tool_calls: 'STOP', content_filter: 'SAFETY' };

function toUsageMetadata(counts: MockUsageCounts): object {
  const thoughts = counts.reasoningTokens ?? 0;
  return {
    promptTokenCount: counts.promptTokens,
    // Gemini counts thoughts apart from the candidates; its total adds them.
    candidatesTokenCount: Math.max(0, counts.completionTokens - thoughts),
    totalTokenCount: counts.totalTokens,
    ...(counts.cachedTokens !== undefined && { cachedContentTokenCount: counts.cachedTokens }),
    ...(thoughts > 0 && { thoughtsTokenCount: thoughts }),
  };
}

const frame = (payload: object) => sseFrame(JSON.stringify(payload), undefined, '\r\n');

/**
 * Gemini `streamGenerateContent?alt=sse`: one chunk per token, lines ended by CRLF as Google's servers do,
 * and no terminator: the last chunk (an empty text part) carries `finishReason` and `usageMetadata`.
 * Thoughts are `thought: true` parts; the first part after them carries a `thoughtSignature`. Function
 * calls come whole, `args` an object (arguments that are not a JSON object are sent as `{}`, as Gemini
 * cannot send anything else); Gemini has no refusal, so a refusal is sent as text. An error is a chunk
 * holding Google's `{"error":{code,message,status}}`.
 */
export function createGeminiMockWriter(context: MockFrameWriterContext): MockFrameWriter {
  const responseId = `mock${context.id}`;
  const chunk = (part: object, extra: object = {}) => ({
    candidates: [{ content: { parts: [part], role: 'model' }, ...extra, index: 0 }],
    ...(context.usage && 'finishReason' in extra && { usageMetadata: toUsageMetadata(context.usage) }),
    modelVersion: context.model,
    responseId,
  });
  let thought = false;
  let signed = false;
  // Gemini signs the first part after the thinking, so that the thoughts can be sent back.
  const signature = (): object => {
    if (!thought || signed) return {};
    signed = true;
    return { thoughtSignature: btoa(`mock thought signature ${context.id}`) };
  };

  return {
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
    start: () => [],
    token(token) {
      switch (token.type) {
        case 'reasoning':
          thought = true;
          return [frame(chunk({ text: token.text, thought: true }))];
        case 'text':
        case 'refusal':
          return [frame(chunk({ text: token.text, ...signature() }))];
        case 'tool-call':
          return [frame(chunk({ functionCall: { name: token.name, args: parseArguments(token.arguments) ?? {} }, ...signature() }))];
        default:
          // Only whole calls are planned for Gemini; pieces of a call have no Gemini form.
          return [];
      }
    },
    finish(reason) {
      const finishReason = reason === undefined ? 'STOP' : (FINISH_REASONS[reason] ?? reason);
      return [frame(chunk({ text: '' }, { finishReason }))];
    },
    error: (error) => [frame({ error: { code: 500, message: createMockErrorObject(500, error.message).message, status: error.type ?? 'INTERNAL' } })],
    malformed: () => sseFrame(truncatedJson(chunk({ text: 'cut short' })), undefined, '\r\n'),
  };
}
