/**
 * The server answers with an HTTP error instead of a stream, as an overloaded or misconfigured provider
 * does before the first byte of an answer.
 */
export interface MockHttpFault {
  type: 'http';
  /** The status code, for example 401, 429 or 503. */
  status: number;
  /**
   * The body: a string is sent as is (an HTML error page of a proxy, say), an object as JSON.
   * Default: the OpenAI error shape `{"error":{"message","type","code"}}` built from `message`.
   */
  body?: string | object;
  /** Extra response headers, for example `{ 'retry-after': '2' }`. */
  headers?: Record<string, string>;
  /** The `error.message` of the default body. Default: a message naming the status. */
  message?: string;
}

/**
 * The stream fails in band: after `afterTokens` tokens the server sends `data: {"error":{…}}` and then
 * `data: [DONE]`, with a 200 status already committed. OpenAI and many compatible servers fail this way
 * mid-answer.
 */
export interface MockErrorFrameFault {
  type: 'error-frame';
  /** Content tokens sent before the error. Default: all of them (the error replaces the finish). */
  afterTokens?: number;
  /** The `error.message`. Default: `'The server had an error while processing your request.'` */
  message?: string;
  /** The `error.type`. Default: `'server_error'`. */
  errorType?: string;
  /** The `error.code`. Default: `null`. */
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
 * The body ends cleanly after `afterTokens` tokens, without a `finish_reason`, usage or `data: [DONE]`:
 * a proxy that cut the answer short without an error.
 */
export interface MockNoDoneFault {
  type: 'no-done';
  /** Content tokens sent before the body ends. Default: all of them. */
  afterTokens?: number;
}

/**
 * A failure to inject into a mock response. `afterTokens` counts content tokens (see
 * {@link MockScenario}); with 0 the fault strikes before the first body byte, because the assistant
 * role frame travels with the first token.
 */
export type MockFault = MockHttpFault | MockErrorFrameFault | MockDropFault | MockStallFault | MockNoDoneFault;

/** The `type` of a {@link MockFault}. */
export type MockFaultType = MockFault['type'];
