import { createMockErrorObject } from '../createMockErrorBody';
import type { MockFrameWriter, MockFrameWriterContext, MockUsageCounts } from './MockFrameWriter';
import { SSE_HEADERS, sseFrame, truncatedJson } from './sseFrame';

/** The final frame of a Chat Completions stream. */
export const MOCK_DONE_FRAME = 'data: [DONE]\n\n';

/** OpenAI's `usage` object; the details appear only when there is something to detail, as OpenAI-compatible servers send it. */
export function toOpenAIChatUsage(counts: MockUsageCounts): object {
  const usage: Record<string, unknown> = {
    prompt_tokens: counts.promptTokens,
    completion_tokens: counts.completionTokens,
    total_tokens: counts.totalTokens,
  };
  if (counts.reasoningTokens !== undefined) usage.completion_tokens_details = { reasoning_tokens: counts.reasoningTokens };
  if (counts.cachedTokens !== undefined) usage.prompt_tokens_details = { cached_tokens: counts.cachedTokens };
  return usage;
}

/**
 * OpenAI Chat Completions: one `chat.completion.chunk` per token, all with the same `id`, `created` and
 * `model`, keys in the order OpenAI sends them so that recorded and mock bytes compare by eye; the role
 * frame first, then `finish_reason`, the usage frame (`choices: []`) and `data: [DONE]`.
 */
export function createOpenAIChatMockWriter(context: MockFrameWriterContext): MockFrameWriter {
  const head = { id: `chatcmpl-mock${context.id}`, object: 'chat.completion.chunk', created: context.created, model: context.model };
  const reasoningField = context.scenario.reasoningField ?? 'reasoning_content';
  const chunk = (delta: object, finishReason: string | null = null) => ({ ...head, choices: [{ index: 0, delta, finish_reason: finishReason }] });
  const delta = (value: object, finishReason?: string | null) => sseFrame(JSON.stringify(chunk(value, finishReason)));
  let toolCalls = false;

  return {
    headers: SSE_HEADERS,
    start: () => [delta({ role: 'assistant', content: '' })],
    token(token) {
      switch (token.type) {
        case 'reasoning':
          return [delta({ [reasoningField]: token.text })];
        case 'text':
          return [delta({ content: token.text })];
        case 'refusal':
          return [delta({ refusal: token.text })];
        case 'tool-call-start':
          toolCalls = true;
          return [delta({ tool_calls: [{ index: token.index, id: token.id, type: 'function', function: { name: token.name, arguments: '' } }] })];
        case 'tool-call-args':
          return [delta({ tool_calls: [{ index: token.index, function: { arguments: token.text } }] })];
        case 'tool-call':
          toolCalls = true;
          // Mistral's and Ollama's shape: no index and no type, the arguments complete in one delta.
          return [delta({ tool_calls: [{ id: token.id, function: { name: token.name, arguments: token.arguments } }] })];
      }
    },
    finish(reason) {
      const frames = [delta({}, reason ?? (toolCalls ? 'tool_calls' : 'stop'))];
      if (context.usage !== undefined) frames.push(sseFrame(JSON.stringify({ ...head, choices: [], usage: toOpenAIChatUsage(context.usage) })));
      frames.push(MOCK_DONE_FRAME);
      return frames;
    },
    error(error) {
      const object = { ...createMockErrorObject(500, error.message), type: error.type ?? 'server_error', code: error.code ?? null };
      return [sseFrame(JSON.stringify({ error: object })), MOCK_DONE_FRAME];
    },
    malformed: () => sseFrame(truncatedJson(chunk({ content: 'cut short' }))),
  };
}
