import type { MockChatRequest } from './MockChatRequest';
import { mockMessageText } from './MockChatRequest';
import type { MockUsage } from './MockScenario';

/** Characters per prompt token: the usual rule of thumb for English text with BPE tokenizers. */
const CHARS_PER_TOKEN = 4;

function estimatePromptTokens(request: MockChatRequest | undefined): number {
  if (request === undefined) return 0;
  let tokens = 0;
  for (const message of request.messages) tokens += Math.ceil(mockMessageText(message.content).length / CHARS_PER_TOKEN);
  return tokens;
}

/**
 * The wire `usage` object of a mock response: OpenAI's field names, completion tokens counted from the
 * content tokens sent, prompt tokens estimated from the request's messages; `explicit` overrides any field.
 */
export function createMockUsage(
  explicit: MockUsage,
  completionTokens: number,
  reasoningTokens: number,
  request: MockChatRequest | undefined,
): object {
  const prompt = explicit.promptTokens ?? estimatePromptTokens(request);
  const completion = explicit.completionTokens ?? completionTokens;
  const usage: Record<string, unknown> = {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: explicit.totalTokens ?? prompt + completion,
  };
  const reasoning = explicit.reasoningTokens ?? (reasoningTokens > 0 ? reasoningTokens : undefined);
  if (reasoning !== undefined) usage.completion_tokens_details = { reasoning_tokens: reasoning };
  if (explicit.cachedTokens !== undefined) usage.prompt_tokens_details = { cached_tokens: explicit.cachedTokens };
  return usage;
}
