import type { ChatUsage } from '../StreamPart';

/** The usage object of OpenAI-style APIs, with the extra counters some compatible servers add. */
interface OpenAIUsageWire {
  prompt_tokens?: unknown;
  completion_tokens?: unknown;
  total_tokens?: unknown;
  input_tokens?: unknown;
  output_tokens?: unknown;
  prompt_tokens_details?: { cached_tokens?: unknown } | null;
  completion_tokens_details?: { reasoning_tokens?: unknown } | null;
  input_tokens_details?: { cached_tokens?: unknown } | null;
  output_tokens_details?: { reasoning_tokens?: unknown } | null;
  /** Reasoning tokens outside any details object, as some compatible servers send them. */
  reasoning_tokens?: unknown;
  /** DeepSeek's name for cached prompt tokens. */
  prompt_cache_hit_tokens?: unknown;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Normalizes an OpenAI-style `usage` object into a {@link ChatUsage}.
 *
 * Reads the Chat Completions names (`prompt_tokens`, `completion_tokens`, `total_tokens`,
 * `completion_tokens_details.reasoning_tokens`, `prompt_tokens_details.cached_tokens`), DeepSeek's
 * `prompt_cache_hit_tokens`, a top-level `reasoning_tokens` (some compatible servers), and falls back to the Responses API names (`input_tokens`,
 * `output_tokens`, `*_tokens_details`) so that both OpenAI decoders share one normalizer.
 * Counts that are missing or not numbers become `0` (required fields) or are left out (optional ones);
 * `totalTokens` is the sum when the server does not send it. `raw` is the object as received.
 */
export function normalizeOpenAIUsage(raw: unknown): ChatUsage {
  const wire = (typeof raw === 'object' && raw !== null ? raw : {}) as OpenAIUsageWire;
  const inputTokens = count(wire.prompt_tokens) ?? count(wire.input_tokens) ?? 0;
  const outputTokens = count(wire.completion_tokens) ?? count(wire.output_tokens) ?? 0;
  const usage: ChatUsage = {
    inputTokens,
    outputTokens,
    totalTokens: count(wire.total_tokens) ?? inputTokens + outputTokens,
    raw,
  };
  const reasoningTokens =
    count(wire.completion_tokens_details?.reasoning_tokens) ??
    count(wire.output_tokens_details?.reasoning_tokens) ??
    count(wire.reasoning_tokens);
  if (reasoningTokens !== undefined) usage.reasoningTokens = reasoningTokens;
  const cachedInputTokens =
    count(wire.prompt_tokens_details?.cached_tokens) ??
    count(wire.prompt_cache_hit_tokens) ??
    count(wire.input_tokens_details?.cached_tokens);
  if (cachedInputTokens !== undefined) usage.cachedInputTokens = cachedInputTokens;
  return usage;
}
