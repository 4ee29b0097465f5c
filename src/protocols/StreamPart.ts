import type { ChatStreamError } from '../sse/ChatStreamError';

/** Token counts of a turn, normalized across providers. */
export interface ChatUsage {
  /** Prompt tokens (`prompt_tokens`, `input_tokens`). */
  inputTokens: number;
  /** Completion tokens, reasoning included (`completion_tokens`, `output_tokens`). */
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

/**
 * A normalized piece of a streamed answer. Decoders turn wire events into these; the store folds them
 * into a message. `choice` is the OpenAI `choices[].index` (always 0 for single-answer formats), so
 * that `n > 1` streams never mix one answer's text into another's.
 */
export type StreamPart =
  | { type: 'text'; choice: number; delta: string }
  | { type: 'reasoning'; choice: number; delta: string }
  | { type: 'refusal'; choice: number; delta: string }
  | {
      type: 'tool-call';
      choice: number;
      /** Key that groups the deltas of one call; the wire `index` where there is one. */
      index: number;
      /** Present on the first delta of a call (or on every delta, depending on the server). */
      id?: string;
      /** Present on the first delta of a call. */
      name?: string;
      /** A fragment of the JSON arguments text, or of a custom tool's free-text input. */
      argumentsDelta: string;
      /**
       * `true` on the deltas of a custom tool call (OpenAI `type: 'custom'`), whose input is free text
       * that must not be parsed as JSON.
       */
      custom?: true;
    }
  | { type: 'finish'; choice: number; reason: string }
  | { type: 'usage'; usage: ChatUsage }
  | { type: 'error'; error: ChatStreamError }
  | {
      type: 'metadata';
      id?: string;
      model?: string;
      created?: number;
      /** `false` when the server sent the whole answer at once instead of streaming it. */
      streamed?: boolean;
    }
  | { type: 'done' };

/** The `type` of a {@link StreamPart}. */
export type StreamPartType = StreamPart['type'];
