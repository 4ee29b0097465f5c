import type { ChatProxyErrorHandler } from './reportProxyError.js';

/** Options of `createChatProxy`. Every limit has a default; see the README for the full table. */
export interface ChatProxyOptions {
  /** The API key; it is added on the server and never sent to the browser. Must be a non-blank string. */
  apiKey: string;
  /** Base URL of the OpenAI-compatible API; `https://api.openai.com/v1` by default. */
  baseURL?: string;
  /** Model used when the browser's request names none. */
  model?: string;
  /** Extra headers for the upstream request (for example `OpenAI-Organization`). */
  headers?: Record<string, string>;
  /** Rewrites the request body before it goes upstream, for example to pin the model or cap `max_tokens`. */
  transformBody?: (body: Record<string, unknown>) => Record<string, unknown>;
  /**
   * The largest request body accepted, in bytes; 1 MiB (1,048,576) by default. A larger body is answered
   * 413, checked against `Content-Length` first and then while reading, so it is never buffered whole.
   */
  maxBodyBytes?: number;
  /** The `fetch` used upstream; `globalThis.fetch` by default. */
  fetch?: typeof globalThis.fetch;
  /**
   * Called for failures the operator should see: a throwing hook (answered 500), an unreachable or
   * silent upstream (502, 504). Defaults to one `console.error` line with the key scrubbed out.
   */
  onError?: ChatProxyErrorHandler;
}
