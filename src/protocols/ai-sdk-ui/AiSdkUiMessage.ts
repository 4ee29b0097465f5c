/**
 * A tool part of an AI SDK `UIMessage`: `tool-<name>` for a tool the server declared, `dynamic-tool`
 * (with `toolName`) for one it did not know statically. `state` says how far the call got; `output` is
 * set for `'output-available'`, `errorText` for `'output-error'`, `approval` once one was asked for.
 */
export type AiSdkUiToolPart = {
  type: `tool-${string}` | 'dynamic-tool';
  toolName?: string;
  toolCallId: string;
  state: 'input-streaming' | 'input-available' | 'approval-requested' | 'approval-responded' | 'output-available' | 'output-error' | 'output-denied';
  input: unknown;
  output?: unknown;
  errorText?: string;
  providerExecuted?: boolean;
  title?: string;
  toolMetadata?: Record<string, unknown>;
  callProviderMetadata?: Record<string, unknown>;
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
  id: string;
  role: 'system' | 'user' | 'assistant';
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
  messages: AiSdkUiMessage[];
  /** Always `'submit-message'`: the store sends the conversation as it stands and streams a new answer. */
  trigger: 'submit-message';
}
