import type { MockChatRequest } from './MockChatRequest';
import { mockMessageText } from './MockChatRequest';
import type { MockUsageCounts } from './formats/MockFrameWriter';
import type { MockUsage } from './MockScenario';

/** A rough, stable estimate of tokens per character, about what English text gives with BPE tokenizers. */
const CHARS_PER_TOKEN = 4;

function estimatePromptTokens(request: MockChatRequest | undefined): number {
  if (request === undefined) return 0;
  let tokens = 0;
  for (const message of request.messages) tokens += Math.ceil(mockMessageText(message).length / CHARS_PER_TOKEN);
  return tokens;
}

/**
 * The token counts of a mock response: completion tokens counted from the content tokens sent, prompt
 * tokens estimated from the request's messages; `explicit` overrides any field. Each format's writer
 * names them its own way.
 */
export function createMockUsage(
  explicit: MockUsage,
  completionTokens: number,
  reasoningTokens: number,
  request: MockChatRequest | undefined,
): MockUsageCounts {
  const prompt = explicit.promptTokens ?? estimatePromptTokens(request);
  const completion = explicit.completionTokens ?? completionTokens;
  const counts: MockUsageCounts = { promptTokens: prompt, completionTokens: completion, totalTokens: explicit.totalTokens ?? prompt + completion };
  const reasoning = explicit.reasoningTokens ?? (reasoningTokens > 0 ? reasoningTokens : undefined);
  if (reasoning !== undefined) counts.reasoningTokens = reasoning;
  if (explicit.cachedTokens !== undefined) counts.cachedTokens = explicit.cachedTokens;
  return counts;
}
