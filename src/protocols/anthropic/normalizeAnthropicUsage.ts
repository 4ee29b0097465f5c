import type { ChatUsage } from '../../message';

/** Anthropic's `usage` object, with the counters this library reads. */
interface AnthropicUsageWire {
  input_tokens?: unknown;
  output_tokens?: unknown;
  cache_creation_input_tokens?: unknown;
  cache_read_input_tokens?: unknown;
  output_tokens_details?: { thinking_tokens?: unknown } | null;
}

const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * Normalizes an Anthropic `usage` object into a {@link ChatUsage}.
 *
 * Anthropic counts cache reads and cache writes apart from `input_tokens`; here they are added to
 * `inputTokens`, so that it means what OpenAI's `prompt_tokens` means (every prompt token), and
 * `cachedInputTokens` (`cache_read_input_tokens`) is a part of it, as with the other protocols.
 * `reasoningTokens` comes from `output_tokens_details.thinking_tokens` when the server sends it.
 * `raw` is the object as received.
 */
export function normalizeAnthropicUsage(raw: unknown): ChatUsage {
  const wire = (typeof raw === 'object' && raw !== null ? raw : {}) as AnthropicUsageWire;
  const cacheRead = count(wire.cache_read_input_tokens);
  const inputTokens = (count(wire.input_tokens) ?? 0) + (count(wire.cache_creation_input_tokens) ?? 0) + (cacheRead ?? 0);
  const outputTokens = count(wire.output_tokens) ?? 0;
  const usage: ChatUsage = { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens, raw };
  const thinking = count(wire.output_tokens_details?.thinking_tokens);
  if (thinking !== undefined) usage.reasoningTokens = thinking;
  if (cacheRead !== undefined) usage.cachedInputTokens = cacheRead;
  return usage;
}

/**
 * The usage of a message after a `message_delta`: its counters are the message's totals so far, so
 * each one it carries replaces the one before (never adds to it), and a counter it leaves out (older
 * servers send only `output_tokens`) keeps the value `message_start` gave. This is what the official
 * SDK's `MessageStream` does.
 */
export function mergeAnthropicUsage(previous: Record<string, unknown> | undefined, next: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...previous };
  for (const key in next) {
    const value = next[key];
    if (value !== null && value !== undefined) merged[key] = value;
  }
  return merged;
}
