/**
 * A tool part of an AI SDK `UIMessage`: `tool-<name>` for a tool the server declared, `dynamic-tool`
 * (with `toolName`) for one it did not know statically. `state` says how far the call got; `output` is
 * set for `'output-available'`, `errorText` for `'output-error'`, `approval` once one was asked for.
 */
export type AiSdkUiToolPart = {
  /** `tool-<name>`, or `dynamic-tool`. */
  type: `tool-${string}` | 'dynamic-tool';
  /** The tool's name, on a `dynamic-tool` part only. */
  toolName?: string;
  /** The call's id. */
  toolCallId: string;
  /** How far the call got. */
  state: 'input-streaming' | 'input-available' | 'approval-requested' | 'approval-responded' | 'output-available' | 'output-error' | 'output-denied';
  /** The call's arguments. */
  input: unknown;
  /** The tool's output, for `'output-available'`. */
  output?: unknown;
  /** What went wrong, for `'output-error'`. */
  errorText?: string;
  /** `true` for a tool the provider ran. */
  providerExecuted?: boolean;
  /** The display title the server gave the call. */
  title?: string;
  /** App-defined metadata of the tool. */
  toolMetadata?: Record<string, unknown>;
  /** The provider metadata the call streamed with. */
  callProviderMetadata?: Record<string, unknown>;
  /** The approval step: its id, and whether it was granted. */
  approval?: { id: string; approved?: boolean; reason?: string };
};

/** A part of an AI SDK `UIMessage` (`ai` 6.x), in the shape a route's `convertToModelMessages` reads. */
export type AiSdkUiMessagePart =
  | { type: 'text'; text: string; providerMetadata?: Record<string, unknown> }
  | { type: 'reasoning'; text: string; providerMetadata?: Record<string, unknown> }
  | AiSdkUiToolPart
  | { type: 'file'; mediaType: string; url: string; filename?: string }
  | { type: 'source-url'; sourceId: string; url: string; title?: string }
  | { type: 'source-document'; sourceId: string; mediaType: string; title: string; filename?: string }
  | { type: `data-${string}`; id?: string; data: unknown }
  | { type: 'step-start' };

/** An AI SDK `UIMessage`: what `useChat` keeps and sends, and what a route passes to `convertToModelMessages`. */
export interface AiSdkUiMessage {
  /** The message id: the server's for an assistant message it named, else the store's. */
  id: string;
  /** Who wrote it. */
  role: 'system' | 'user' | 'assistant';
  /** Its parts, in order. */
  parts: AiSdkUiMessagePart[];
  /** App-defined message metadata (the custom metadata the server streamed). */
  metadata?: Record<string, unknown>;
}

/**
 * The request body of `DefaultChatTransport`, which a route using `toUIMessageStreamResponse()` reads:
 * the chat's `id`, the whole conversation as UI messages, and what started the request.
 */
export interface AiSdkUiRequestBody {
  /** The chat's id (`ChatStoreOptions.id`). */
  id: string;
  /** The whole conversation. */
  messages: AiSdkUiMessage[];
  /** Always `'submit-message'`: the store sends the conversation as it stands and streams a new answer. */
  trigger: 'submit-message';
}
