import type { ChatStreamError } from '../sse/ChatStreamError';
import type { ChatMessage, FilePart } from '../message';

/**
 * Where the chat stands: `'idle'` (nothing in flight), `'submitted'` (request sent, nothing received
 * yet), `'streaming'` (the answer is arriving), `'error'` (the last turn failed; see `error`).
 */
export type ChatStatus = 'idle' | 'submitted' | 'streaming' | 'error';

/** True while a turn is in flight (`'submitted'` or `'streaming'`). */
export const isChatBusy = (status: ChatStatus): boolean => status === 'submitted' || status === 'streaming';

/** What `send` takes: the user's text, or a message with text, attached files and an optional id. */
export type ChatInput = string | { text: string; files?: readonly FilePart[]; id?: string };

/**
 * How a turn action (`send`, `continue`, `regenerate`, `retry`, `edit`) ended: `'ignored'` when it sent
 * nothing (blank text, nothing to continue, retry, regenerate or edit), otherwise the final status of
 * the answer: `'complete'`, `'stopped'` or `'error'` (see `ChatMessageStatus`).
 */
export type ChatTurnResult = 'ignored' | 'complete' | 'stopped' | 'error';

/** A message `send` holds back while a turn is in flight (`whenBusy: 'queue'`); `id` becomes the user message's id. */
export interface QueuedMessage {
  readonly id: string;
  readonly text: string;
  readonly files?: readonly FilePart[];
}

/** The result of a tool call, given back to the conversation. */
export interface ToolResultInput {
  /** The `ToolCall.id` this result answers. */
  toolCallId: string;
  /** The result; a non-string value is sent to the model as JSON (`undefined` as `null`). */
  result: unknown;
  /** `true` when the result is an error the tool reported (sent to the model as an error result). */
  isError?: boolean;
}

/**
 * The data of a chat, as `ChatStore.getState()` returns it and selectors read it: no functions, and a
 * new object whenever something in it changed.
 */
export interface ChatState {
  /** The conversation. A streamed token replaces only the streaming message's object. */
  messages: ChatMessage[];
  /** See {@link ChatStatus}. */
  status: ChatStatus;
  /** The error of the last turn, while `status` is `'error'`. */
  error: ChatStreamError | undefined;
  /**
   * The agent's shared state, for protocols that stream one (AG-UI `STATE_SNAPSHOT` / `STATE_DELTA`):
   * the latest state, sent back with the next request; `undefined` until a server sets it.
   */
  agentState: unknown;
  /**
   * Messages waiting to be sent, oldest first; only `whenBusy: 'queue'` fills it.
   * See {@link ChatActions.removeQueued}, {@link ChatActions.sendQueuedNow}, {@link ChatActions.resumeQueue}.
   */
  queue: readonly QueuedMessage[];
}

/** What a chat can do: the conversation operations of a `ChatStore`, each keeping its invariants. */
export interface ChatActions {
  /**
   * Adds a user message (a text part, then any files) and streams the answer. Blank text with no files
   * (empty or whitespace only, or no input) is ignored: nothing is sent, a turn in flight goes on, and the promise resolves to `'ignored'`, so a
   * stray Enter never costs a request; use {@link continue} to answer the conversation as it stands. If
   * a turn is in flight, `whenBusy` decides: `'interrupt'` (default) stops it first (its partial answer
   * is kept, marked `'stopped'`) and the latest message wins; `'queue'` adds the message to `queue`
   * instead, to be sent when the turns before it have completed. The promise resolves when the
   * message's own turn ends, to how it ended (`'ignored'` for a queued message removed unsent), never
   * rejecting; failures go to `status`, `error` and `onError`.
   */
  send(input?: ChatInput): Promise<ChatTurnResult>;
  /**
   * Streams an answer to the conversation as it stands, without adding a message: after tool results
   * (what `sendToolResults: 'auto'` does by itself), or to let the model go on. A turn in flight is
   * stopped first. Resolves to `'ignored'` when the conversation is empty.
   */
  continue(): Promise<ChatTurnResult>;
  /**
   * Stops the turn in flight, whatever it is waiting for (async request options, the response, a retry
   * delay, the stream): keeps the partial answer, marks it `'stopped'`, closes the connection.
   */
  stop(): void;
  /**
   * Answers again: drops the given assistant message (the last one by default) and everything after
   * it, then streams a new answer. Given a user message id, answers that message again.
   */
  regenerate(messageId?: string): Promise<ChatTurnResult>;
  /**
   * Re-runs the last turn if it failed or was stopped; does nothing otherwise. An agent turn (with
   * `tools`) goes on from the step where it broke, keeping the steps before and their tool results.
   */
  retry(): Promise<ChatTurnResult>;
  /**
   * Replaces a user message with new text and answers it again: drops the message and everything after
   * it (a turn in flight among them is stopped), then sends `content` as a new user message with a new
   * id (its files are kept). Resolves to `'ignored'` when the id is unknown or the text is blank.
   */
  edit(messageId: string, text: string): Promise<ChatTurnResult>;
  /** Replaces the conversation. A turn whose message is removed is stopped. */
  setMessages(messages: ChatMessage[] | ((current: ChatMessage[]) => ChatMessage[])): void;
  /**
   * Records a tool result on its tool-call part (the protocol sends it to the model in its own shape).
   * With `tools`, the turn goes on (the same message, a new step) once every call of the last message
   * has a result, unless that turn was stopped or failed; without, `sendToolResults: 'auto'` starts a
   * new turn then.
   * Throws when no message has a call with that id.
   */
  addToolResult(input: ToolResultInput): void;
  /**
   * Approves a call waiting with `approval: { state: 'requested' }` (a client tool's `needsApproval`, or
   * an approval request from the server): a client tool then runs, a server's approval is sent back,
   * and the turn goes on once every call of the step is answered. Resolves to how that turn ended;
   * `'ignored'` when no call with that id awaits approval.
   */
  approveToolCall(toolCallId: string): Promise<ChatTurnResult>;
  /**
   * Denies a call waiting for approval: records `approval: { state: 'denied', reason }` and an error
   * result the model reads (`reason` included), then goes on as {@link approveToolCall} does.
   */
  denyToolCall(toolCallId: string, reason?: string): Promise<ChatTurnResult>;
  /** Stops any turn and empties the conversation and the queue. */
  clear(): void;
  /** Drops a queued message unsent; the promise its `send` returned resolves to `'ignored'`. */
  removeQueued(id: string): void;
  /**
   * Steers: stops the turn in flight (its partial answer kept, marked `'stopped'`) and sends this queued
   * message now; the rest of the queue stays, in order, and drains once this turn completes. Resolves
   * (as its `send` promise does) when this message's turn ends; `'ignored'` for an id not queued.
   */
  sendQueuedNow(id: string): Promise<ChatTurnResult>;
  /**
   * Sends the first queued message when nothing is in flight, and so restarts the drain. The queue
   * drains by itself only after a turn that ends `'complete'` with no tool call waiting for a result or
   * an approval: a turn that fails or is stopped leaves the queue as it is (the drain stops there, so a
   * message written for an answer that never came is not sent after it). Resolves like
   * {@link sendQueuedNow}; `'ignored'` when the queue is empty or a turn is in flight.
   */
  resumeQueue(): Promise<ChatTurnResult>;
}
