/**
 * The server answers with an HTTP error instead of a stream, as an overloaded or misconfigured provider
 * does before the first byte of an answer. The default body is the format's provider error: OpenAI's
 * `{"error":{message,type,param,code}}` (also for the AI SDK and AG-UI), Anthropic's
 * `{"type":"error","error":{type,message}}`, Google's `{"error":{code,message,status}}`.
 */
export interface MockHttpFault {
  type: 'http';
  /** The status code, for example 401, 429 or 503. */
  status: number;
  /**
   * The body: a string is sent as is (an HTML error page of a proxy, say), an object as JSON.
   * Default: the format's error shape (see above) built from `message`.
   */
  body?: string | object;
  /** Extra response headers, for example `{ 'retry-after': '2' }`. */
  headers?: Record<string, string>;
  /** The `error.message` of the default body. Default: a message naming the status. */
  message?: string;
}

/**
 * The stream fails in band: after `afterTokens` tokens, with a 200 status already committed, the server
 * sends its format's error: Chat Completions `data: {"error":{…}}` then `data: [DONE]`; Responses `error`
 * then `response.failed`; Anthropic an `error` event; Gemini a chunk holding `{"error":{…}}`; the AI SDK
 * an `error` chunk then `[DONE]`; AG-UI `RUN_ERROR`. Providers fail this way mid-answer.
 */
export interface MockErrorFrameFault {
  type: 'error-frame';
  /** Content tokens sent before the error. Default: all of them (the error replaces the finish). */
  afterTokens?: number;
  /** The `error.message`. Default: `'The server had an error while processing your request.'` */
  message?: string;
  /**
   * The error's type: OpenAI's `error.type` (default `'server_error'`), Anthropic's `error.type` (default
   * `'api_error'`), Google's `status` (default `'INTERNAL'`); the Responses `code` when `code` is unset.
   */
  errorType?: string;
  /** The `error.code` (Chat Completions, Responses, AG-UI). Default: `null` (Responses: the type). */
  code?: string | null;
}

/**
 * The connection dies after `afterTokens` tokens: the mock fetch errors the body stream with a
 * `TypeError` (as `fetch` does on a network failure) and the Node server destroys the socket.
 */
export interface MockDropFault {
  type: 'drop';
  /** Content tokens sent before the connection dies. Default: all of them (it dies before the finish). */
  afterTokens?: number;
}

/**
 * The server stops sending after `afterTokens` tokens but keeps the connection open, until the client
 * aborts (or the Node server is closed). Exercises idle timeouts and the stop button.
 */
export interface MockStallFault {
  type: 'stall';
  /** Content tokens sent before the stall; 0 sends headers but no body byte. Default: all of them. */
  afterTokens?: number;
}

/**
 * The body ends cleanly after `afterTokens` tokens, without the format's ending (`finish_reason`, usage
 * and `data: [DONE]`; `response.completed`; `message_stop`; Gemini's `finishReason`; `finish`;
 * `RUN_FINISHED`): a proxy that cut the answer short without an error.
 */
export interface MockNoDoneFault {
  type: 'no-done';
  /** Content tokens sent before the body ends. Default: all of them. */
  afterTokens?: number;
}

/**
 * After `afterTokens` tokens the server sends one frame of its format whose JSON is cut in half, then
 * ends the body: a buggy proxy or a truncating gateway. A client should report a protocol error naming
 * the frame and keep what came before.
 */
export interface MockMalformedFrameFault {
  type: 'malformed-frame';
  /** Content tokens sent before the broken frame. Default: all of them. */
  afterTokens?: number;
}

/**
 * A failure to inject into a mock response. `afterTokens` counts content tokens (see
 * {@link MockScenario}); with 0 the fault strikes before the first body byte, because the opening
 * frames (the assistant role frame, `message_start`, `RUN_STARTED`…) travel with the first token.
 */
export type MockFault =
  | MockHttpFault
  | MockErrorFrameFault
  | MockDropFault
  | MockStallFault
  | MockNoDoneFault
  | MockMalformedFrameFault;

/** The `type` of a {@link MockFault}. */
export type MockFaultType = MockFault['type'];
