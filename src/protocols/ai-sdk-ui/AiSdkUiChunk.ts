/**
 * The fields of an AI SDK UI message stream chunk (protocol v1, `x-vercel-ai-ui-message-stream: v1`) that
 * the decoder reads, as one loose shape: every chunk is a JSON object with a string `type`, and the other
 * fields depend on it. Nothing is trusted: each field is type-checked where it is read, because the
 * stream may come from any server (the LangChain adapter, a hand-written route, a newer SDK).
 *
 * The chunk types are those of `uiMessageChunkSchema` in the `ai` package (6.x):
 * `start`, `finish`, `abort`, `message-metadata`, `start-step`, `finish-step`, `text-start|delta|end`,
 * `reasoning-start|delta|end`, `tool-input-start|delta|available|error`, `tool-approval-request`,
 * `tool-output-available|error|denied`, `source-url`, `source-document`, `file`, `data-<name>`, `error`.
 */
export interface AiSdkUiChunk {
  type?: unknown;
  /** Text and reasoning parts: which part a `-start`, `-delta` or `-end` belongs to. Data parts: the part's id. */
  id?: unknown;
  /** Text and reasoning deltas. */
  delta?: unknown;
  /** Per-provider metadata (signatures, redacted reasoning, item ids) keyed by provider name. */
  providerMetadata?: unknown;
  /** `start`: the server's id of the message. */
  messageId?: unknown;
  /** `start`, `finish`, `message-metadata`: app-defined message metadata, merged over what came before. */
  messageMetadata?: unknown;
  /** `finish`: `'stop'`, `'length'`, `'content-filter'`, `'tool-calls'`, `'error'` or `'other'`. */
  finishReason?: unknown;
  /** `abort`: why the server stopped. */
  reason?: unknown;
  /** `error`, `tool-input-error`, `tool-output-error`: what went wrong, as text. */
  errorText?: unknown;
  /** Tool chunks: the call they belong to. */
  toolCallId?: unknown;
  /** `tool-input-start`, `tool-input-available`, `tool-input-error`. */
  toolName?: unknown;
  /** `tool-input-delta`: the next piece of the input text. */
  inputTextDelta?: unknown;
  /** `tool-input-start`: `'text'` for a tool whose input is free text rather than JSON. */
  inputEncoding?: unknown;
  /** `tool-input-available`, `tool-input-error`: the whole input. */
  input?: unknown;
  /** `tool-output-available`: the tool's output. */
  output?: unknown;
  /** `true` for a tool the provider ran itself. */
  providerExecuted?: unknown;
  /** `true` for a tool the server did not know statically (MCP, LangChain): a `dynamic-tool` part. */
  dynamic?: unknown;
  /** Tool chunks: a display title. */
  title?: unknown;
  /** Tool chunks: app-defined metadata of the tool. */
  toolMetadata?: unknown;
  /** `tool-approval-request`: the id an approval response must name. */
  approvalId?: unknown;
  /** `source-url`, `source-document`: the provider's source id. */
  sourceId?: unknown;
  /** `source-url`, `file`: the address (a `data:` URL for inline files). */
  url?: unknown;
  /** `source-document`, `file`. */
  mediaType?: unknown;
  /** `source-document`. */
  filename?: unknown;
  /** `data-<name>`: the app's data. */
  data?: unknown;
  /** `data-<name>`: delivered to `onData` only, never stored on the message. */
  transient?: unknown;
}
