import type { IncomingMessage } from 'node:http';

/**
 * The request body as a Web stream that pulls from `req` with backpressure. Cancelling it (a handler
 * that rejects an oversized body) discards the rest instead of destroying `req`: destroying an
 * `IncomingMessage` destroys its socket, and the rejection could then never be answered.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  // Once closed, errored or cancelled, the controller throws on use; a late 'end' or 'aborted' event
  // would then throw inside an event listener, which is an uncaught exception.
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const settle = (finish: () => void) => {
        if (!open) return;
        open = false;
        finish();
      };
      req.on('data', (chunk: Buffer) => {
        if (!open) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once('end', () => settle(() => controller.close()));
      req.once('error', (error) => settle(() => controller.error(error)));
      // 'close' before the body completed: the client went away mid-upload.
      req.once('close', () => settle(() => controller.error(new Error('The client closed the connection before sending the whole body.'))));
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      open = false;
      req.resume();
    },
  });
}

/**
 * Turns a Node request into a Web `Request`. Throws (a `TypeError` from the URL or `Request`
 * constructor) when the request cannot be expressed as one: a `Host` that is not a valid authority,
 * or a method fetch forbids (`TRACE`, `TRACK`, `CONNECT`). The caller answers those with 400.
 */
export function toWebRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  // Node's fetch requires `duplex: 'half'` for a streamed request body; the DOM typings lack it.
  const init: RequestInit & { duplex?: 'half' } = {
    method: req.method,
    headers,
    signal,
    ...(hasBody ? { body: bodyStream(req), duplex: 'half' } : {}),
  };
  return new Request(url, init);
}
