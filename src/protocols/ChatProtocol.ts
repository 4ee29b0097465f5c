import type { ChatMessage } from '../message';
import type { SseEvent, StreamDecoderFactory } from './StreamDecoder';

/** What a protocol's request needs besides the conversation. */
export interface ChatProtocolRequestOptions {
  /** The endpoint the store was given (`ChatStoreOptions.api`). */
  api: string;
  /** The chat's id (`ChatStoreOptions.id`), stable across turns: AG-UI's `threadId`. */
  chatId: string;
  /** The agent state as it stands (`ChatState.agentState`), for protocols that send it (AG-UI). */
  state?: unknown;
  /**
   * The client tools the model may call (the store's `tools` option), to be declared in the request in
   * the provider's shape. Absent or empty: declare none (the `body` option may still carry `tools`).
   */
  tools?: readonly ToolDefinition[];
}

/** A tool the model may call, as a request declares it. */
export interface ToolDefinition {
  /** The tool's name, as the model will call it. */
  name: string;
  /** What the tool does, for the model. */
  description?: string;
  /** A JSON Schema (draft 2020-12 or 7) of the tool's arguments object; `{ type: 'object' }` when absent. */
  inputSchema: Record<string, unknown>;
}

/** The request a protocol builds for one turn, before the store merges the `headers` and `body` options. */
export interface ChatProtocolRequest {
  /** Where to send it; the store's `api` when absent. */
  url?: string;
  /** The headers the wire format needs (content type, accepted answer). */
  headers: Record<string, string>;
  /** The body: a plain object (the `body` option is merged over it), or a string sent as is. */
  body: unknown;
}

/**
 * What files a protocol can send in a user message: the largest size in bytes per media type pattern
 * (`'image/*'`, `'application/pdf'`, `'*' + '/*'` for any type). A file that matches no pattern is
 * refused; the first matching pattern, in insertion order, sets its limit.
 */
export type AttachmentLimits = Readonly<Record<string, number>>;

/**
 * One wire format, both directions: how a conversation becomes a request and how the streamed answer
 * becomes `StreamPart`s. The store takes one as its `protocol` option (OpenAI Chat Completions by
 * default), so a new provider format is a new protocol and no change to the store.
 */
export interface ChatProtocol {
  /** A short name for messages and debugging, for example `'openai-chat'`. */
  readonly name: string;
  /** Builds the request of a turn from the conversation. Pure: the store resolves async options around it. */
  buildRequest(messages: readonly ChatMessage[], options: ChatProtocolRequestOptions): ChatProtocolRequest;
  /** Creates the decoder of one response; called once per request. */
  createDecoder: StreamDecoderFactory;
  /**
   * Whether the first event of a response is unmistakably this format (an `event:` name or a field only
   * it sends), for {@link detectProtocol}. Must not throw; a format with no sure sign leaves it out.
   */
  detect?(event: SseEvent): boolean;
  /**
   * The files this format can carry, checked before any request (see `checkAttachments`); any file up
   * to 20 MiB when absent. The store's `attachments` option overrides it.
   */
  readonly attachments?: AttachmentLimits;
}
