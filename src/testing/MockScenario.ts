import type { MockFault } from './MockFault';

/** One tool call the mock assistant makes. */
export interface MockToolCall {
  /** The function name. */
  name: string;
  /** The arguments: a string is streamed as is (it may be invalid JSON on purpose), an object as `JSON.stringify(arguments)`. */
  arguments: string | object;
  /** The call id. Default: a `call_…` id derived from the scenario's seed. */
  id?: string;
}

/** Explicit token counts for the usage frame; a missing field is computed as with `usage: true`. */
export interface MockUsage {
  promptTokens?: number;
  completionTokens?: number;
  /** Default: `promptTokens + completionTokens`. */
  totalTokens?: number;
  /** Sent as `completion_tokens_details.reasoning_tokens`. Default: the reasoning token count, when there is reasoning. */
  reasoningTokens?: number;
  /** Sent as `prompt_tokens_details.cached_tokens`. Default: not sent. */
  cachedTokens?: number;
}

/**
 * Describes one mock response, whatever the wire format: what the assistant says, how fast, and what goes
 * wrong. Every field is optional; `{}` streams an empty answer. The format (`MockWireFormat`, Chat
 * Completions by default) is chosen by the mock fetch or server, so one scenario plays in all six.
 *
 * The answer is streamed as content tokens in this order: `reasoning`, `text`, `refusal`, then
 * `toolCalls`. A *token* is a word-ish piece of reasoning, text or refusal (whitespace attached, long
 * words split), the head of a tool call, or a piece of its arguments; each is sent at its own time, in one
 * or a few frames of the format (a token that opens a block also carries the block's opening frame).
 * Gemini sends each tool call whole, as one token. Formats without a refusal send it as text.
 * Tokenization is deterministic for a given `seed`, and the same in every format.
 */
export interface MockScenario {
  /** The answer text (markdown, code, anything), sent as `delta.content` in Chat Completions. */
  text?: string;
  /** Reasoning sent before the text, in the field named by `reasoningField`. */
  reasoning?: string;
  /** Chat Completions only: `'reasoning_content'` (DeepSeek, vLLM) or `'reasoning'` (Ollama, OpenRouter). Default: `'reasoning_content'`. */
  reasoningField?: 'reasoning_content' | 'reasoning';
  /** A refusal, sent as `delta.refusal` as OpenAI does for safety refusals. */
  refusal?: string;
  /** Tool calls, streamed after the text. */
  toolCalls?: MockToolCall[];
  /**
   * Chat Completions only. `'openai'`: a first delta with `index`, `id`, `type` and `name` and `arguments: ""`, then argument
   * fragments by `index`. `'whole'`: each call in one delta, arguments complete and no `index`, as
   * Mistral and Ollama send them. Default: `'openai'`.
   */
  toolCallStyle?: 'openai' | 'whole';
  /**
   * The `finish_reason`, in Chat Completions' words (`'stop'`, `'length'`, `'tool_calls'`,
   * `'content_filter'`), mapped to each format's own (`max_tokens`, `MAX_TOKENS`, `response.incomplete`…);
   * another value is sent as is. Default: `'tool_calls'` when there are tool calls, else `'stop'` (Anthropic:
   * `refusal` when there is a refusal).
   */
  finishReason?: string;
  /**
   * The usage (Chat Completions: the frame with `choices: []`, as with `stream_options.include_usage`;
   * Responses, Anthropic, Gemini: their usage fields; the AI SDK and AG-UI carry none): `true` computes
   * counts from the tokens sent (and the request's messages), an object sets them, `false` sends none.
   * Default: `true`.
   */
  usage?: boolean | MockUsage;
  /** The `model` of every frame. Default: the request's `model`, else `'mock-model'`. */
  model?: string;
  /** The `created` of every frame, in seconds. Default: a fixed date, so that frames are reproducible. */
  created?: number;
  /** A failure to inject. */
  fault?: MockFault;
  /** Content tokens per second; `Infinity` (or 0) sends as fast as possible. Default: 60. */
  tokensPerSecond?: number;
  /** Random variation of each token's delay, from 0 (steady) to 1 (0 to 2 times the mean). Default: 0. */
  jitter?: number;
  /** Delay before the first body byte, in milliseconds (headers are sent at once). Default: 0. */
  firstTokenDelayMs?: number;
  /**
   * Network chunk size in bytes: the wire bytes are re-cut into chunks of this size, so that frames
   * (and UTF-8 characters) are split across reads. Default: one chunk per frame.
   */
  chunkSize?: number;
  /** Seed of the generator behind ids, tokenization and jitter. Same seed, same bytes. Default: 1. */
  seed?: number;
  /**
   * An agent turn in several responses, chosen by the request (see {@link MockStep}). The scenario's
   * delivery fields (timing, `model`, `usage`, `seed`, chunking, styles) apply to every step, under the
   * step's own; its content (`text`, `reasoning`, `refusal`, `toolCalls`, `finishReason`, `fault`) is ignored.
   */
  steps?: MockStep[];
}

/**
 * One response of a multi-step scenario: what the assistant says at that point of the agent turn, with
 * its own fault if it should fail. A request is answered with the first step whose tool calls it does not
 * yet carry every result of (by call id; by tool name in Gemini, whose calls have no id), counting only
 * the results sent since the user's last message. So `[{ toolCalls: [weather] }, { text: 'Sunny.' }]`
 * answers a new question with the call, and the request that brings its result with the text; a step
 * without tool calls ends the turn, and a request past the last step gets the last one again.
 *
 * Step `n` (from 0) plays with seed `seed + n` unless it sets its own, so each response has its own ids;
 * calls without an `id` get theirs from that seed, the same on every run.
 */
export type MockStep = Omit<MockScenario, 'steps'>;
