import type { ChatStreamError } from '../sse/ChatStreamError';
import type { ChatDataTypes, ChatPart } from './ChatPart';
import type { ChatUsage } from './ChatUsage';

/** Who wrote a message. Tool results live on their tool-call part, not in messages of their own. */
export type ChatRole = 'system' | 'user' | 'assistant';

/**
 * Where a message stands: `'streaming'` while tokens arrive, `'complete'` when the turn ended normally,
 * `'stopped'` when the user stopped it, `'error'` when it failed (see `metadata.error`). Partial parts
 * are kept in every case.
 */
export type ChatMessageStatus = 'streaming' | 'complete' | 'stopped' | 'error';

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

/** An extra answer of an OpenAI `n > 1` request (choice index 1 and up). Choice 0 is the message itself. */
export interface ChatChoice {
  /** The `choices[].index` of this answer. */
  index: number;
  /** The answer's parts, in the order they streamed. */
  parts: ChatPart[];
  /** Why this choice ended (`'stop'`, `'length'`, `'tool_calls'`, `'content_filter'`, …). */
  finishReason?: string;
}

/**
 * Why an agent turn ended before the model finished on its own (the message is `'complete'`, not an
 * error): `'max-steps'`, `'max-output-tokens'`, `'max-duration'` (a budget was spent), `'loop'` (the
 * same call repeated), `'terminal-tool'` (a tool whose result ends the turn answered).
 */
export type ChatTurnEnd = 'max-steps' | 'max-output-tokens' | 'max-duration' | 'loop' | 'terminal-tool';

/** What is known about a message besides its parts: how the turn went and what the server said about it. */
export interface ChatMessageMetadata {
  /** Why the model stopped, as the provider said it (`'stop'`, `'length'`, `'end_turn'`, `'MAX_TOKENS'`, …). */
  finishReason?: string;
  /** Token counts, when the server reported them. */
  usage?: ChatUsage;
  /** Why the turn failed, when `status` is `'error'`. */
  error?: ChatStreamError;
  /** Timing of an assistant turn. */
  timing?: ChatMessageTiming;
  /** The model that answered, as the server named it. */
  model?: string;
  /** The provider's id of the response (`chatcmpl-…`, `msg_…`, `resp_…`). */
  responseId?: string;
  /** The other answers of an `n > 1` request. */
  choices?: ChatChoice[];
  /**
   * `false` when the server sent the whole answer at once as JSON (it ignored `stream: true`), so the
   * answer appeared in one piece; absent for a streamed answer.
   */
  streamed?: boolean;
  /** The last `sequence_number` of an OpenAI Responses stream, for resuming it. */
  sequenceNumber?: number;
  /** Why the agent turn of this message was ended by the client; see {@link ChatTurnEnd}. */
  turnEnd?: ChatTurnEnd;
  /** App-defined metadata the server streamed with the message (AI SDK `messageMetadata`). */
  custom?: Record<string, unknown>;
}

/**
 * One message of a conversation: its parts in the order they streamed, and its metadata. Objects are
 * immutable: every change makes a new message object, and a part that did not change keeps its identity,
 * so a row can memoize per part.
 */
export interface ChatMessage<TData extends ChatDataTypes = ChatDataTypes> {
  /** Stable id, generated on the client. */
  id: string;
  /** Who wrote it. */
  role: ChatRole;
  /** The content, in order: text, reasoning, tool calls with their results, files, sources, data, steps. */
  parts: ChatPart<TData>[];
  /** See {@link ChatMessageStatus}. */
  status: ChatMessageStatus;
  /** See {@link ChatMessageMetadata}. */
  metadata?: ChatMessageMetadata;
}
