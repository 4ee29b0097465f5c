/** Token counts of a turn, normalized across providers. */
export interface ChatUsage {
  /** Prompt tokens (`prompt_tokens`, `input_tokens`, `promptTokenCount`). */
  inputTokens: number;
  /** Output tokens, reasoning included (`completion_tokens`, `output_tokens`, `candidatesTokenCount`). */
  outputTokens: number;
  /** `inputTokens + outputTokens` unless the provider says otherwise. */
  totalTokens: number;
  /** Reasoning tokens, when the provider reports them. */
  reasoningTokens?: number;
  /** Prompt tokens served from cache, when the provider reports them. */
  cachedInputTokens?: number;
  /** The provider's usage object as sent. */
  raw?: unknown;
}
