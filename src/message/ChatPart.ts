/**
 * Facts a protocol keeps on a part so that it can send the part back the way the provider wants it on
 * the next request (an output item id, a Gemini `thoughtSignature` on a text or function-call part).
 * Only the protocol that wrote them reads them.
 */
export type ProviderData = Record<string, unknown>;

/** Answer text. Consecutive text deltas grow one part; another part type in between starts a new one. */
export interface TextPart {
  type: 'text';
  /** The text so far (Markdown, as the model wrote it). */
  text: string;
  /** See {@link ProviderData}. */
  providerData?: ProviderData;
}

/**
 * Reasoning ("thinking") text, with what the provider needs to verify it when it is sent back: an
 * Anthropic thinking `signature` or Gemini thought signature, Anthropic `redacted_thinking` data, or
 * OpenAI Responses encrypted reasoning.
 */
export interface ReasoningPart {
  type: 'reasoning';
  /** The readable reasoning so far; `''` for redacted or encrypted-only reasoning. */
  text: string;
  /** The signature that authenticates the reasoning (Anthropic `signature`, Gemini `thoughtSignature`). */
  signature?: string;
  /** Anthropic `redacted_thinking` data: reasoning that must be sent back as it came, never shown. */
  redacted?: string;
  /** OpenAI Responses `encrypted_content`: the reasoning in a form only the provider can read. */
  encrypted?: string;
  /** See {@link ProviderData}. */
  providerData?: ProviderData;
}

/** Text the model wrote instead of an answer when it refused (OpenAI `refusal`). */
export interface RefusalPart {
  type: 'refusal';
  /** The refusal text so far. */
  text: string;
}

/**
 * Where a tool call's arguments stand: `'streaming'` while they arrive, `'ready'` once they parsed as
 * JSON (a custom tool's free-text input is ready as it is), `'invalid'` when the final text is not valid
 * JSON or the server never sent the tool's name (`argumentsText` and `parseError` keep why).
 */
export type ToolCallState = 'streaming' | 'ready' | 'invalid';

/**
 * Where a call that needs a person's approval stands: `'requested'` (waiting), `'approved'`, `'denied'`.
 */
export type ToolApprovalState = 'requested' | 'approved' | 'denied';

/** The approval step of a tool call. */
export interface ToolApproval {
  /** See {@link ToolApprovalState}. */
  state: ToolApprovalState;
  /** The id the server gave the approval request, when it gave one. */
  id?: string;
  /** Why it was denied, when a reason was given. */
  reason?: string;
}

/**
 * A tool (function) call, with its result once there is one. The call and its result are one part: a
 * protocol's request encoder splits them into whatever the provider wants (for OpenAI Chat Completions,
 * an assistant `tool_calls` entry and a `tool` message).
 */
export interface ToolCallPart {
  type: 'tool-call';
  /** The provider's call id (`call_…`, `toolu_…`), or a generated one when the server sent none. */
  toolCallId: string;
  /** The function (or custom tool) name; `''` when the server never sent one. */
  toolName: string;
  /**
   * `true` for a call to an OpenAI custom tool (`type: 'custom'`), whose input is free text rather than
   * JSON arguments.
   */
  custom?: true;
  /** The raw JSON arguments text received so far; for a custom tool, its raw input text. */
  argumentsText: string;
  /**
   * The arguments: a best-effort parse of the partial JSON while streaming, the strict parse once
   * `'ready'`, and the last partial value when `'invalid'`. For a custom tool, the input text itself.
   */
  args: unknown;
  /** See {@link ToolCallState}. */
  state: ToolCallState;
  /** Why the call is `'invalid'`: the JSON parser's reason, or that no tool name was received. */
  parseError?: string;
  /** The tool's result, once there is one (given through `addToolResult`, or streamed by the server). */
  result?: unknown;
  /** `true` when `result` is an error the tool reported rather than its output. */
  isError?: true;
  /** The approval step, for a call that needs one. */
  approval?: ToolApproval;
  /** `true` for a tool the provider ran itself (web search, code interpreter, server tools). */
  providerExecuted?: true;
  /** See {@link ProviderData}. */
  providerData?: ProviderData;
}

/** A file: an attachment of a user message, or a file (an image, say) the model produced. */
export interface FilePart {
  type: 'file';
  /** The IANA media type, for example `'image/png'` or `'application/pdf'`. */
  mediaType: string;
  /** The file name, when known. */
  name?: string;
  /** The size in bytes, when known. */
  size?: number;
  /** Where the file is: an `https:` or `data:` URL. One of `url` and `data` is set. */
  url?: string;
  /** The content, base64-encoded. */
  data?: string;
}

/**
 * A source the answer cites: a web page (`sourceType: 'url'`) or a document. When the provider says
 * which text it backs, `citedText` (and for offset-based citations `startIndex`/`endIndex`, in the
 * message's text) say so.
 */
export interface SourcePart {
  type: 'source';
  /** `'url'` for a web page, `'document'` for an uploaded or retrieved document. */
  sourceType: 'url' | 'document';
  /** The provider's source id, when it gave one. */
  id?: string;
  /** The page's address, for a `'url'` source. */
  url?: string;
  /** The page or document title. */
  title?: string;
  /** A document's media type. */
  mediaType?: string;
  /** A document's file name. */
  filename?: string;
  /** The quoted text this source backs. */
  citedText?: string;
  /** Where the backed span starts in the answer's text, when the provider gives offsets. */
  startIndex?: number;
  /** Where the backed span ends (exclusive). */
  endIndex?: number;
}

/** App-defined data types by name, for the `data` parts of a chat (`{ weather: { city: string } }`). */
export type ChatDataTypes = Record<string, unknown>;

/**
 * App-defined data streamed with the answer (an AI SDK `data-<name>` part, say). A part with the same
 * `name` and `id` as an earlier one replaces it in place.
 */
export type DataPart<TData extends ChatDataTypes = ChatDataTypes> = {
  [Name in keyof TData & string]: {
    type: 'data';
    /** The data type's name (`weather` for an AI SDK `data-weather` chunk). */
    name: Name;
    /** Identifies the part, so that a later part with the same name and id replaces it. */
    id?: string;
    /** The data. */
    data: TData[Name];
  };
}[keyof TData & string];

/** The boundary between two model calls of one agent turn (before the second call's output). */
export interface StepStartPart {
  type: 'step-start';
}

/** One piece of a message, in the order it streamed. */
export type ChatPart<TData extends ChatDataTypes = ChatDataTypes> =
  | TextPart
  | ReasoningPart
  | RefusalPart
  | ToolCallPart
  | FilePart
  | SourcePart
  | DataPart<TData>
  | StepStartPart;

/** The `type` of a {@link ChatPart}. */
export type ChatPartType = ChatPart['type'];
