import type { ChatUsage } from '../../message';
import { finiteNumber, isRecord } from './geminiFields';

/**
 * Whether a `usageMetadata` object holds token counts. Vertex AI repeats `{ trafficType }` alone on
 * every chunk before the last one; such an object says nothing about usage.
 */
export function hasGeminiTokenCounts(raw: unknown): boolean {
  return isRecord(raw) && (finiteNumber(raw.promptTokenCount) !== undefined || finiteNumber(raw.totalTokenCount) !== undefined || finiteNumber(raw.candidatesTokenCount) !== undefined);
}

/**
 * Normalizes a Gemini `usageMetadata` object into a {@link ChatUsage}.
 *
 * Gemini counts thoughts apart from the answer (`thoughtsTokenCount` beside `candidatesTokenCount`),
 * and the prompt tokens a built-in tool added (Google Search) apart from the prompt
 * (`toolUsePromptTokenCount`); its `totalTokenCount` adds all four. Here `outputTokens` is candidates
 * plus thoughts (reasoning included, as for every protocol), `inputTokens` is the prompt plus tool-use
 * prompt tokens, so that they add up to `totalTokens`; `reasoningTokens` is `thoughtsTokenCount` and
 * `cachedInputTokens` is `cachedContentTokenCount` (a part of the prompt). `raw` is the object as received.
 */
export function normalizeGeminiUsage(raw: unknown): ChatUsage {
  const wire = isRecord(raw) ? raw : {};
  const thoughts = finiteNumber(wire.thoughtsTokenCount);
  const inputTokens = (finiteNumber(wire.promptTokenCount) ?? 0) + (finiteNumber(wire.toolUsePromptTokenCount) ?? 0);
  const outputTokens = (finiteNumber(wire.candidatesTokenCount) ?? 0) + (thoughts ?? 0);
  const usage: ChatUsage = { inputTokens, outputTokens, totalTokens: finiteNumber(wire.totalTokenCount) ?? inputTokens + outputTokens, raw };
  if (thoughts !== undefined) usage.reasoningTokens = thoughts;
  const cached = finiteNumber(wire.cachedContentTokenCount);
  if (cached !== undefined) usage.cachedInputTokens = cached;
  return usage;
}
