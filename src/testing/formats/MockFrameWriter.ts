import type { MockChatRequest } from '../MockChatRequest';
import type { MockScenario } from '../MockScenario';

/**
 * One content token of a scenario, independent of the wire format: a piece of reasoning, text or refusal,
 * the head of a tool call, a fragment of its arguments, or a whole call in one piece (Gemini, and the
 * `'whole'` Chat Completions style). Tool calls are numbered by `index` in scenario order.
 */
export type MockToken =
  | { type: 'reasoning' | 'text' | 'refusal'; text: string }
  | { type: 'tool-call-start'; index: number; id: string; name: string }
  | { type: 'tool-call-args'; index: number; text: string }
  | { type: 'tool-call'; index: number; id: string; name: string; arguments: string };

/** Token counts of a response, before any format names them. `completionTokens` includes reasoning. */
export interface MockUsageCounts {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  reasoningTokens?: number;
  cachedTokens?: number;
}

/** The error of an in-band error fault; a writer fills in its format's defaults. */
export interface MockInBandError {
  message?: string;
  type?: string;
  code?: string | null;
}

/** What a writer knows about the response it writes. */
export interface MockFrameWriterContext {
  /** 20 random characters, from which the writer derives the response, message and item ids. */
  id: string;
  /** Seconds since the epoch, for formats that carry a creation time. */
  created: number;
  model: string;
  scenario: MockScenario;
  /** The usage to report, or `undefined` for none (`usage: false`). */
  usage: MockUsageCounts | undefined;
  request: MockChatRequest | undefined;
}

/**
 * Formats one mock response in one wire format. Stateful: it tracks the open block or item, so the
 * frames of a token may open a new one and close the previous. Each method returns complete frames,
 * in wire order; an empty list is allowed.
 */
export interface MockFrameWriter {
  /** The response headers of a stream in this format. */
  readonly headers: Readonly<Record<string, string>>;
  /** The frames sent with the first token, before it (a role frame, `message_start`, `RUN_STARTED`…). */
  start(): string[];
  /** The frames of one content token. */
  token(token: MockToken): string[];
  /**
   * Closes what is open and ends the answer: finish reason, usage and terminator. `reason` is the
   * scenario's `finishReason`, in Chat Completions' words; the writer maps it, or derives its default.
   */
  finish(reason: string | undefined): string[];
  /** An in-band error, and whatever the format sends after one. */
  error(error: MockInBandError): string[];
  /** One frame of this format whose JSON is cut short. */
  malformed(): string;
}
