import type { ChatMessage } from '../message';
import type { ChatProtocol, ToolDefinition } from '../protocols/ChatProtocol';

/** A value, or a function (possibly async) that computes it at request time. */
export type Resolvable<T, C> = T | ((context: C) => T | Promise<T>);

/** What request-time options are computed from. */
export interface ChatRequestContext {
  /** The conversation that this request sends. */
  messages: readonly ChatMessage[];
  /** The chat's id (`ChatStoreOptions.id`, or the one drawn for the store). */
  chatId: string;
  /** The agent state as it stands (`ChatState.agentState`). */
  agentState?: unknown;
  /**
   * Fires when the turn is stopped (or its wait for these functions times out); pass it to any fetch a
   * function makes, such as a token refresh. The store always sets it.
   */
  signal?: AbortSignal;
}

/** The HTTP request of one turn, before it is sent; `prepareRequest` may return a changed copy. */
export interface ChatRequest {
  /** Where to send it. */
  url: string;
  /** HTTP method; `'POST'` by default. */
  method: string;
  /** Request headers. */
  headers: Record<string, string>;
  /** The body: a plain value is sent as JSON, a string as is. */
  body: unknown;
}

/** The options that shape a request; see `ChatStoreOptions`. */
export interface ChatRequestOptions {
  /** The OpenAI-compatible endpoint the request is sent to. */
  api: string;
  /** Extra request headers, or a (possibly async) function that returns them, e.g. a fresh token. */
  headers?: Resolvable<HeadersInit, ChatRequestContext>;
  /** Fields merged over the default body (`model`, `temperature`, `tools`…), or a function returning them. */
  body?: Resolvable<Record<string, unknown>, ChatRequestContext>;
  /** Rewrites the request last, for endpoints of other shapes (another URL, body layout or method). */
  prepareRequest?: (request: ChatRequest, context: ChatRequestContext) => ChatRequest | Promise<ChatRequest>;
}

const resolve = async <T>(value: Resolvable<T, ChatRequestContext> | undefined, context: ChatRequestContext) =>
  typeof value === 'function' ? await (value as (c: ChatRequestContext) => T | Promise<T>)(context) : value;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Builds the request of a turn: the protocol's request for the conversation (for OpenAI Chat
 * Completions, `messages`, `stream: true` and `stream_options.include_usage`), the `headers` option
 * over its headers and the `body` option merged over its body, so callers can set `model`,
 * `temperature`, `tools` or override anything; `prepareRequest` rewrites the result last. `tools` are
 * the client tools the protocol declares in its own shape.
 */
export async function buildChatRequest(
  options: ChatRequestOptions,
  context: ChatRequestContext,
  protocol: ChatProtocol,
  tools?: readonly ToolDefinition[],
): Promise<ChatRequest> {
  const extraHeaders = await resolve(options.headers, context);
  const extraBody = await resolve(options.body, context);
  const base = protocol.buildRequest(context.messages, { api: options.api, chatId: context.chatId, state: context.agentState, ...(tools?.length ? { tools } : {}) });
  const headers: Record<string, string> = { ...base.headers };
  new Headers(extraHeaders ?? {}).forEach((value, key) => {
    headers[key] = value;
  });
  const request: ChatRequest = {
    url: base.url ?? options.api,
    method: 'POST',
    headers,
    body: extraBody && isPlainObject(base.body) ? { ...base.body, ...extraBody } : base.body,
  };
  return options.prepareRequest ? options.prepareRequest(request, context) : request;
}

/** Turns a {@link ChatRequest} into `fetch` arguments. */
export function toRequestInit(request: ChatRequest, signal: AbortSignal): RequestInit {
  const body =
    typeof request.body === 'string' || request.body === undefined ? request.body : JSON.stringify(request.body);
  return { method: request.method, headers: request.headers, body, signal };
}
