import { createScrubStream, createSecretScrubber } from './scrubSecrets.js';
import type { ChatProxyOptions } from './ChatProxyOptions.js';
import { DEFAULT_MAX_BODY_BYTES, readLimitedBody } from './readLimitedBody.js';
import { createErrorReporter, proxyErrorResponse } from './reportProxyError.js';

const jsonError = proxyErrorResponse;

// Hop-by-hop and encoding headers describe the upstream connection, not the body we pass on.
const DROPPED_RESPONSE_HEADERS = ['content-encoding', 'content-length', 'transfer-encoding', 'connection'];

/**
 * Creates a Web-standard handler (`Request` in, `Response` out; fits Next.js route handlers, Hono,
 * Deno, Bun, workers) that forwards a chat completion request to an OpenAI-compatible API with the
 * key added server-side, and streams the answer back unchanged. Only `POST` with a JSON object body is
 * accepted; the browser's own `Authorization` and cookies are never forwarded. When the browser
 * disconnects, the upstream request is aborted too, so a stopped answer stops costing tokens.
 */
export function createChatProxy(options: ChatProxyOptions): (request: Request) => Promise<Response> {
  const baseURL = (options.baseURL ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
  const scrubber = createSecretScrubber(options.apiKey);
  const report = createErrorReporter(options.onError, scrubber.scrub);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const handle = async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return jsonError(405, 'Use POST.');
    const bytes = await readLimitedBody(request, maxBodyBytes);
    if (!bytes) return jsonError(413, `The request body is larger than ${maxBodyBytes} bytes.`);
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return jsonError(400, 'The request body must be JSON.');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return jsonError(400, 'The request body must be a JSON object.');
    let upstreamBody = { ...(body as Record<string, unknown>) };
    if (upstreamBody.model === undefined && options.model) upstreamBody.model = options.model;
    if (options.transformBody) upstreamBody = options.transformBody(upstreamBody);

    let upstream: Response;
    try {
      upstream = await (options.fetch ?? globalThis.fetch)(`${baseURL}/chat/completions`, {
        method: 'POST',
        headers: {
          ...options.headers,
          'content-type': 'application/json',
          accept: 'text/event-stream',
          authorization: `Bearer ${options.apiKey}`,
        },
        body: JSON.stringify(upstreamBody),
        signal: request.signal,
      });
    } catch (error) {
      if (request.signal.aborted) return new Response(null, { status: 499 });
      return jsonError(502, scrubber.scrub(`The upstream API could not be reached: ${error instanceof Error ? error.message : String(error)}`));
    }
    const headers = new Headers();
    upstream.headers.forEach((value, name) => {
      if (!DROPPED_RESPONSE_HEADERS.includes(name)) headers.set(name, scrubber.scrub(value));
    });
    headers.set('cache-control', 'no-cache, no-transform');
    // Upstream errors and in-stream error frames can quote the key; everything relayed is scrubbed.
    return new Response(upstream.body?.pipeThrough(createScrubStream(scrubber)), { status: upstream.status, headers });
  };
  return async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      report(error, { kind: 'handler', status: 500 });
      return jsonError(500, 'The proxy failed to handle the request.');
    }
  };
}
