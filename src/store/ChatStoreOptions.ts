import type { AttachmentLimits, ChatProtocol } from '../protocols/ChatProtocol';
import type { ChatStreamError } from '../sse/ChatStreamError';
import type { RetryOptions } from '../sse/fetchEventStream';
import type { ChatRequestOptions } from './buildChatRequest';
import type { ChatMessage, ToolCallPart } from '../message';
import type { FlushThrottle } from './createFlushScheduler';
import type { AgentTurnLimits, ChatTool } from './ChatTool';

/** A message given to the store from outside: `id` and `status` may be left out. */
export type ChatMessageInit = Omit<ChatMessage, 'id' | 'status'> & Partial<Pick<ChatMessage, 'id' | 'status'>>;

/** Options of {@link createChatStore}. Every option may change between turns; each turn reads them when it starts. */
export interface ChatStoreOptions extends ChatRequestOptions, AgentTurnLimits {
  /**
   * The OpenAI-compatible endpoint, for example `'/api/chat'` or `'https://api.openai.com/v1/chat/completions'`.
   * An empty or blank value throws a `'config'` `ChatStreamError` when the store is made.
   */
  api: string;
  /** The `fetch` to use; `globalThis.fetch` (looked up per request) by default. */
  fetch?: typeof globalThis.fetch;
  /** The conversation to start from. */
  initialMessages?: readonly ChatMessageInit[];
  /**
   * The wire format, both directions (the request body and the stream decoder): OpenAI Chat
   * Completions (`openAIChatProtocol`) by default. `prepareRequest` still rewrites what it builds.
   */
  protocol?: ChatProtocol;
  /**
   * The files `send` accepts: the largest size per media type pattern (`{ 'image/*': 5_000_000 }`). The
   * protocol's own limits by default. A file outside them is refused before any request with an
   * `'attachment'` error.
   */
  attachments?: AttachmentLimits;
  /** How often streamed deltas are published; see {@link FlushThrottle}. Default `'frame'`. */
  throttle?: FlushThrottle;
  /**
   * Ends a turn with a `'timeout'` error when one of its waits lasts this long: async `headers`, `body`
   * or `prepareRequest`, the response headers, or the next chunk of the stream. Default 60 s; 0 or
   * `Infinity` disables it; values above 2^31 − 1 ms are clamped.
   */
  idleTimeoutMs?: number;
  /**
   * The most bytes one server-sent event may take before the turn fails with a `'protocol'` error; it
   * bounds what a server that never ends a line or event can make the page buffer. Default 8 MiB.
   */
  maxEventBytes?: number;
  /** Retries before the first byte (network failure, 408/409/429/5xx); `false` disables. Default 3 tries. */
  retry?: RetryOptions | false;
  /**
   * The client tools, by name: declared in every request (in the protocol's shape), their calls checked
   * against `parameters`, approved when `needsApproval`, run with `execute`. With tools, a turn goes on
   * by itself (a new step on the same assistant message) once every call of a step has its result,
   * within `maxSteps`, `maxOutputTokensPerTurn`, `maxTurnMs` and `maxRepeatedCalls` (see `ChatTool`).
   */
  tools?: Readonly<Record<string, ChatTool>>;
  /**
   * Without `tools`: what happens once every tool call of an answer has a result: `'manual'` (default)
   * waits for `continue()`; `'auto'` starts the next turn at once (a new assistant message). With
   * `tools` the turn always goes on by itself.
   */
  sendToolResults?: 'manual' | 'auto';
  /**
   * What `send` does while a turn is in flight: `'interrupt'` (default) stops that turn, keeping its
   * partial answer, and sends at once (the latest message wins); `'queue'` adds the message to
   * `ChatState.queue`, sent in order as each turn completes (see `ChatActions.resumeQueue`).
   */
  whenBusy?: 'interrupt' | 'queue';
  /**
   * Makes message ids, called when a message is made. By default a short random id, drawn on the first
   * new message and never while the store is made; `initialMessages` without an id then get
   * `msg_init_<position>`, so creating a store (during render) runs nothing random.
   */
  generateId?: () => string;
  /**
   * The chat's id, stable across turns (AG-UI sends it as `threadId`, the AI SDK as `id`). By default a
   * random id drawn on the first request.
   */
  id?: string;
  /** Receives the `data` parts a server marks transient (AI SDK `transient`, AG-UI custom events), which are not stored. */
  onData?: (part: { name: string; id?: string; data: unknown }) => void;
  /** Called when a turn ends, whatever the outcome, with the final assistant message. */
  onFinish?: (message: ChatMessage) => void;
  /**
   * Called when a turn fails (not when it is stopped), with the error and the message that keeps the
   * partial text; `message` is `undefined` for an `'attachment'` error, which refuses the send before any
   * message is made.
   */
  onError?: (error: ChatStreamError, message: ChatMessage | undefined) => void;
  /**
   * Called for each tool call whose arguments completed as valid JSON and that has no result yet (a
   * provider-run tool has its own), once its answer has finished.
   */
  onToolCall?: (call: ToolCallPart, message: ChatMessage) => void;
}
