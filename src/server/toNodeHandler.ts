import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createErrorReporter, type ChatProxyErrorHandler } from './reportProxyError.js';
import { toWebRequest } from './toWebRequest.js';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * Called for a request Node accepted but a Web `Request` cannot express (400, `'malformed-request'`)
   * and for a handler that throws or rejects (500, `'handler'`). Defaults to one `console.error` line.
   */
  onError?: ChatProxyErrorHandler;
}

function sendError(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) return void res.destroy();
  const body = JSON.stringify({ error: { message, type: 'proxy_error' } });
  // The request body may be unread; closing the connection spares reading it.
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(req.complete ? {} : { connection: 'close' }) });
  res.end(body);
}

function writeHead(req: IncomingMessage, res: ServerResponse, response: Response): void {
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers.push([name, value]);
  });
  for (const cookie of response.headers.getSetCookie()) headers.push(['set-cookie', cookie]);
  // A handler that answered before reading the whole body (413) leaves bytes the socket cannot reuse.
  if (!req.complete && !response.headers.has('connection')) headers.push(['connection', 'close']);
  res.writeHead(response.status, headers.flat());
  res.flushHeaders();
}

/**
 * Adapts a Web-standard handler to Node's `http` (Express, Connect and Vite middlewares). The request
 * body is streamed in, the response body streamed out with backpressure, chunk by chunk (so
 * server-sent events are not buffered), and a client that disconnects aborts the Web request's signal.
 *
 * The returned function never rejects and never throws, so no request can take the process down: a
 * request that cannot become a Web `Request` is answered 400, a handler that throws 500, and both are
 * reported through `options.onError`. A response body that fails mid-stream cuts the connection.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>, options: NodeHandlerOptions = {}) {
  const report = createErrorReporter(options.onError);
  // Loaded here rather than imported: react-chat-stream/server must also load on edge runtimes, which
  // have no node:stream, while this adapter only ever runs on Node (20.16+ has getBuiltinModule).
  const { Readable } = process.getBuiltinModule('node:stream');
  const { pipeline } = process.getBuiltinModule('node:stream/promises');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    let request: Request;
    try {
      request = toWebRequest(req, controller.signal);
    } catch (error) {
      report(error, { kind: 'malformed-request', status: 400 });
      return sendError(req, res, 400, 'The request is malformed.');
    }
    let response: Response;
    try {
      response = await handler(request);
      writeHead(req, res, response);
    } catch (error) {
      report(error, { kind: 'handler', status: 500 });
      return sendError(req, res, 500, 'The server failed to handle the request.');
    }
    if (!response.body) return void res.end();
    try {
      await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), res);
    } catch {
      // The client went away or the body failed: `pipeline` has destroyed both ends, which the client sees
      // as a cut connection. Failures of the proxy's own body are reported where they happen.
      res.destroy();
    }
  };
}
