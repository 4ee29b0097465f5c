import type { ChatProxyProvider } from './chatProxyProviders.js';
import type { ChatProxyErrorHandler } from './reportProxyError.js';

/** What {@link ChatProxyOptions.authorize} returns: go on (`true`, nothing), refuse (`false`, 403), or answer. */
export type ChatProxyAuthorization = boolean | undefined | void | Response;

/** Options of `createChatProxy`. Every limit has a default; the README lists them in one table. */
export interface ChatProxyOptions {
  /** The API key; added on the server, scrubbed from everything relayed. Must be a non-blank string. */
  apiKey: string;
  /**
   * The upstream API, which sets how the key is sent (`Authorization: Bearer`, Anthropic's `x-api-key`
   * with `anthropic-version`, Gemini's `x-goog-api-key`), the path and the body fields the limits apply
   * to; see {@link ChatProxyProvider}. `'openai'` (Chat Completions) by default.
   */
  provider?: ChatProxyProvider;
  /**
   * Base URL of the API: `https://api.openai.com/v1` for `'openai'` and `'openai-responses'`,
   * `https://api.anthropic.com` for `'anthropic'`, `https://generativelanguage.googleapis.com/v1beta` for
   * `'gemini'`; required for `'openai-compatible'`. The proxy never follows a redirect away from it.
   */
  baseURL?: string;
  /**
   * The model used when the browser's request names none. Without `allowModels` it is also the only
   * model allowed: a request naming another is answered 400.
   */
  model?: string;
  /**
   * The models the browser may name; any other is answered 400. A request naming none gets `model`,
   * else the first entry. With neither `model` nor `allowModels`, the browser's model goes upstream as is.
   */
  allowModels?: readonly string[];
  /**
   * The cap on output tokens: `max_completion_tokens` and `max_tokens` (Chat Completions),
   * `max_output_tokens` (Responses), `max_tokens` (Anthropic), `generationConfig.maxOutputTokens`
   * (Gemini). Larger values are lowered to it, and when the browser names none, the first is set to it.
   * No cap by default.
   */
  maxTokens?: number;
  /** The largest `n` (Gemini: `generationConfig.candidateCount`) accepted; larger is answered 400. 1 by default. */
  maxChoices?: number;
  /** Lets the browser's `store: true` through (OpenAI); by default a `store` the browser sends is forced to `false`. */
  allowStore?: boolean;
  /**
   * Extra headers for the upstream request (`OpenAI-Organization`, `anthropic-beta`, a newer
   * `anthropic-version`…). The headers that carry the key are always the proxy's own.
   */
  headers?: Record<string, string>;
  /**
   * Runs before anything is read, for the app's own auth and rate limits (cookies, sessions, quotas).
   * Return `false` to answer 403, a `Response` to answer with it (401, 429 with `Retry-After`…), or
   * `true` / nothing to go on. A throw is answered 500 and reported through `onError`.
   */
  authorize?: (request: Request) => ChatProxyAuthorization | Promise<ChatProxyAuthorization>;
  /**
   * Rewrites the body after the proxy's own checks, just before it goes upstream; it is trusted and
   * has the last word (what it returns is sent as is). It also gets the browser's request.
   */
  transformBody?: (body: Record<string, unknown>, request: Request) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /**
   * The largest request body accepted, in bytes; 1 MiB (1,048,576) by default. A larger body is answered
   * 413, checked against `Content-Length` first and then while reading, so it is never buffered whole.
   */
  maxBodyBytes?: number;
  /**
   * More upstream response headers to relay (case-insensitive; a trailing `*` matches a prefix, such as
   * `x-ratelimit-*`). By default only `content-type`, `retry-after`, `retry-after-ms` and `x-request-id`
   * are relayed; `Set-Cookie` never is. Relayed values are scrubbed of the key too.
   */
  relayHeaders?: readonly string[];
  /**
   * How long the upstream may stay silent, in milliseconds: waiting for its response headers (then 504)
   * and between two chunks of its body (then the stream is closed, keeping what was relayed). 120,000
   * (2 minutes) by default; `0` or `Infinity` disables it. The browser leaving aborts the upstream anyway.
   */
  upstreamTimeoutMs?: number;
  /** The `fetch` used upstream; `globalThis.fetch` by default. */
  fetch?: typeof globalThis.fetch;
  /**
   * Called for failures the operator should see: a throwing hook (answered 500), an unreachable or
   * silent upstream (502, 504). Defaults to one `console.error` line with the key scrubbed out.
   */
  onError?: ChatProxyErrorHandler;
}
