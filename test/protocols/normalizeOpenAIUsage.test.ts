import { describe, it, expect } from 'vitest';
import { normalizeOpenAIUsage } from '../../src/protocols/openai-chat/normalizeOpenAIUsage';

describe('normalizeOpenAIUsage', () => {
  it('maps Chat Completions names, with reasoning and cached tokens', () => {
    const raw = {
      prompt_tokens: 100,
      completion_tokens: 40,
      total_tokens: 140,
      prompt_tokens_details: { cached_tokens: 64 },
      completion_tokens_details: { reasoning_tokens: 12 },
    };
    expect(normalizeOpenAIUsage(raw)).toEqual({
      inputTokens: 100,
      outputTokens: 40,
      totalTokens: 140,
      reasoningTokens: 12,
      cachedInputTokens: 64,
      raw,
    });
  });

  it("falls back to DeepSeek's prompt_cache_hit_tokens and sums a missing total", () => {
    const usage = normalizeOpenAIUsage({ prompt_tokens: 10, completion_tokens: 5, prompt_cache_hit_tokens: 8 });
    expect(usage).toMatchObject({ inputTokens: 10, outputTokens: 5, totalTokens: 15, cachedInputTokens: 8 });
    expect('reasoningTokens' in usage).toBe(false);
  });

  it('prefers prompt_tokens_details.cached_tokens over prompt_cache_hit_tokens', () => {
    expect(normalizeOpenAIUsage({ prompt_tokens: 1, completion_tokens: 1, prompt_tokens_details: { cached_tokens: 3 }, prompt_cache_hit_tokens: 9 }).cachedInputTokens).toBe(3);
  });

  it('reads Responses API names', () => {
    const raw = {
      input_tokens: 7,
      output_tokens: 9,
      total_tokens: 16,
      input_tokens_details: { cached_tokens: 2 },
      output_tokens_details: { reasoning_tokens: 4 },
    };
    expect(normalizeOpenAIUsage(raw)).toEqual({ inputTokens: 7, outputTokens: 9, totalTokens: 16, reasoningTokens: 4, cachedInputTokens: 2, raw });
  });

  it('reads reasoning_tokens at the top level of usage when no details object carries it', () => {
    const raw = { prompt_tokens: 10, completion_tokens: 30, total_tokens: 40, reasoning_tokens: 22 };
    expect(normalizeOpenAIUsage(raw)).toEqual({ inputTokens: 10, outputTokens: 30, totalTokens: 40, reasoningTokens: 22, raw });
  });

  it('prefers completion_tokens_details.reasoning_tokens over the top-level count', () => {
    const usage = normalizeOpenAIUsage({ completion_tokens: 9, reasoning_tokens: 5, completion_tokens_details: { reasoning_tokens: 4 } });
    expect(usage.reasoningTokens).toBe(4);
  });

  it('gives zeros for counts that are missing or not numbers, and keeps the raw value', () => {
    expect(normalizeOpenAIUsage({ prompt_tokens: '5', completion_tokens_details: null })).toEqual({
      inputTokens: 0,
      outputTokens: 0,
      totalTokens: 0,
      raw: { prompt_tokens: '5', completion_tokens_details: null },
    });
    expect(normalizeOpenAIUsage(null)).toEqual({ inputTokens: 0, outputTokens: 0, totalTokens: 0, raw: null });
  });
});
