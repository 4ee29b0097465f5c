import type { ChatUsage } from '../protocols/StreamPart';
import type { ChatStreamError } from '../sse/ChatStreamError';

/** Who wrote a message, in OpenAI's terms. */
export type ChatRole = 'system' | 'user' | 'assistant' | 'tool';

/**
 * Where a message stands: `'streaming'` while tokens arrive, `'complete'` when the turn ended normally,
 * `'stopped'` when the user stopped it, `'error'` when it failed (see `error`). Partial text is kept in
 * every case.
 */
export type ChatMessageStatus = 'streaming' | 'complete' | 'stopped' | 'error';

/**
 * Where a tool call stands: `'streaming'` while its arguments arrive, `'ready'` once they parsed as
 * JSON (a custom tool's free-text input is ready as it is), `'invalid'` when the final text is not
 * valid JSON or the server never sent the tool's name (`argumentsText` and `parseError` keep why).
 */
export type ToolCallState = 'streaming' | 'ready' | 'invalid';

/** A tool (function) call requested by the assistant. */
export interface ToolCall {
  /** The provider's call id (`call_…`), or a generated one when the server sent none. */
  id: string;
  /** The call's position key on the wire (`tool_calls[].index`); may start at 1 on some servers. */
  index: number;
  /**
   * `'custom'` for a call to an OpenAI custom tool (`type: 'custom'`, GPT-5), whose input is free
   * text rather than JSON arguments; absent for a function call.
   */
  type?: 'custom';
  /** The function (or custom tool) name; `''` when the server never sent one. */
  name: string;
  /** The raw JSON arguments text received so far; for a custom tool, its raw input text. */
  argumentsText: string;
  /**
   * The arguments: a best-effort parse of the partial JSON while streaming, the strict parse once
   * `'ready'`, and the last partial value when `'invalid'`. For a custom tool, the input text itself,
   * never parsed.
   */
  args: unknown;
  /** See {@link ToolCallState}. */
  state: ToolCallState;
  /** Why the call is `'invalid'`: the JSON parser's reason, or that no tool name was received. */
  parseError?: string;
  /** The result given through `addToolResult`, once there is one. */
  result?: unknown;
}

/** Timing of an assistant turn, in epoch milliseconds. */
export interface ChatMessageTiming {
  /** When the request was sent. */
  startedAt: number;
  /** When the first text, reasoning, refusal or tool-call token arrived. */
  firstTokenAt?: number;
  /** When the turn ended, whatever the outcome. */
  endedAt?: number;
  /** Output tokens per second between the first token and the end, when usage is known. */
  tokensPerSecond?: number;
}

/** An extra answer of an `n > 1` request (choice index 1 and up). Choice 0 is the message itself. */
export interface ChatChoice {
  /** The `choices[].index` of this answer. */
  index: number;
  /** The answer's text. */
  content: string;
  /** Reasoning text, when the server streamed any for this choice. */
  reasoning?: string;
  /** Refusal text, when the model refused. */
  refusal?: string;
  /** Tool calls of this choice. */
  toolCalls?: ToolCall[];
  /** Why this choice ended (`'stop'`, `'length'`, `'tool_calls'`, `'content_filter'`, …). */
  finishReason?: string;
}

/** One message of a conversation. Objects are immutable: every change makes a new object. */
export interface ChatMessage {
  /** Stable id, generated on the client. */
  id: string;
  /** Who wrote it. */
  role: ChatRole;
  /** The text. For `tool` messages, the tool result as sent to the model. */
  content: string;
  /** Reasoning ("thinking") text streamed before or beside the answer. */
  reasoning?: string;
  /** Refusal text, when the model refused to answer. */
  refusal?: string;
  /** Tool calls requested by an assistant message. */
  toolCalls?: ToolCall[];
  /** For `tool` messages: the call this result answers. */
  toolCallId?: string;
  /** See {@link ChatMessageStatus}. */
  status: ChatMessageStatus;
  /** Why the model stopped (`'stop'`, `'length'`, `'tool_calls'`, `'content_filter'`, …). */
  finishReason?: string;
  /** Token counts, when the server reported them. */
  usage?: ChatUsage;
  /** Why the turn failed, when `status` is `'error'`. */
  error?: ChatStreamError;
  /** Timing of an assistant turn. */
  timing?: ChatMessageTiming;
  /** The model that answered, as the server named it. */
  model?: string;
  /** The other answers of an `n > 1` request. */
  choices?: ChatChoice[];
  /**
   * `false` when the server sent the whole answer at once as JSON (it ignored `stream: true`), so the
   * answer appeared in one piece; absent for a streamed answer.
   */
  streamed?: boolean;
}
