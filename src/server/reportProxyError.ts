/**
 * What failed, as one closed union, so a log or metric can switch on it:
 * - `'malformed-request'`: Node received a request that cannot become a Web `Request` (a `Host` that
 *   is not a valid authority, a method such as `TRACE` that fetch forbids); answered 400.
 * - `'handler'`: a hook (`authorize`, `transformBody`) or the handler itself threw; answered 500.
 * - `'upstream-unreachable'`: the upstream API could not be reached; answered 502.
 * - `'upstream-timeout'`: the upstream sent no headers, or went silent mid-stream, for
 *   `upstreamTimeoutMs`; answered 504, or the stream is closed.
 * - `'upstream-redirect'`: the upstream answered with a redirect, which the proxy does not follow
 *   (the key would go with it); answered 502.
 * - `'upstream-stream'`: the upstream body failed after the headers were relayed; the stream is cut.
 */
export type ChatProxyErrorKind =
  | 'malformed-request'
  | 'handler'
  | 'upstream-unreachable'
  | 'upstream-timeout'
  | 'upstream-redirect'
  | 'upstream-stream';

/** Context passed to an `onError` callback along with the error. */
export interface ChatProxyErrorInfo {
  /** What failed. */
  kind: ChatProxyErrorKind;
  /** The status answered, or the status already sent when a stream was cut. */
  status: number;
}

/**
 * Receives failures the operator should see. Policy rejections (405, 413, 415, 400 for a bad body,
 * 403 from `authorize`) are answered, not reported: they are the browser's mistakes, not the server's.
 */
export type ChatProxyErrorHandler = (error: unknown, info: ChatProxyErrorInfo) => void;

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Wraps `onError` so that reporting can never throw into the request path, and supplies the default:
 * one `console.error` line with the error's name and message passed through `scrub`. Only the message
 * is logged, not the error object, because causes and stacks of fetch errors can carry request data.
 */
export function createErrorReporter(onError: ChatProxyErrorHandler | undefined, scrub: (text: string) => string = (text) => text): ChatProxyErrorHandler {
  return (error, info) => {
    try {
      if (onError) onError(error, info);
      else console.error(`[react-chat-stream/server] ${info.kind} (${info.status}): ${scrub(describe(error))}`);
    } catch {
      // A throwing logger must not turn a handled failure into a crash.
    }
  };
}

/** A JSON error in the shape OpenAI-compatible clients read (`{ error: { message, type } }`). */
export function proxyErrorResponse(status: number, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: { message, type: 'proxy_error' } }, { status, headers });
}
