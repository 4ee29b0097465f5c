import { applyBodyPolicy } from './applyBodyPolicy.js';
import { PROVIDERS } from './chatProxyProviders.js';
import { pickRelayedHeaders } from './pickRelayedHeaders.js';
import type { ChatProxyOptions } from './ChatProxyOptions.js';
import { DEFAULT_MAX_BODY_BYTES, readJsonObject } from './readLimitedBody.js';
import { createErrorReporter, proxyErrorResponse as jsonError } from './reportProxyError.js';
import { createScrubStream, createSecretScrubber } from './scrubSecrets.js';
import { createUpstreamTimeout, DEFAULT_UPSTREAM_TIMEOUT_MS } from './createUpstreamTimeout.js';
import { validateProxyOptions } from './validateProxyOptions.js';

// A cross-site <form> can post text/plain, urlencoded or multipart with the user's cookies and no CORS
// preflight; requiring JSON makes a browser preflight any cross-origin call, which this proxy does not answer.
const isJson = (request: Request) => request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() === 'application/json';

// With `redirect: 'manual'` Node's fetch hands back the 3xx itself, a browser-like fetch an opaque one.
const isRedirect = (response: Response) => response.type === 'opaqueredirect' || [301, 302, 303, 307, 308].includes(response.status);

/**
 * Creates a Web-standard handler (`Request` in, `Response` out; fits Next.js route handlers, Hono,
 * Deno, Bun, workers) that forwards a chat request to the `provider`'s API (OpenAI Chat Completions by
 * default, OpenAI Responses, an OpenAI-compatible server, Anthropic or Gemini) with the key added
 * server-side the way that provider takes it, and streams the answer back. It is a security boundary in
 * front of a paid key: only a JSON `POST` within `maxBodyBytes` that passes `authorize` and the model and
 * cost limits goes upstream; the browser's own `Authorization` and cookies are never forwarded; the key is
 * scrubbed from everything relayed and never follows a redirect (one is answered 502). When the browser
 * disconnects, the upstream request is aborted too, so a stopped answer stops costing tokens. The handler
 * never rejects: a throwing hook is answered 500. Invalid options throw a `'config'` `ChatStreamError` here.
 */
export function createChatProxy(options: ChatProxyOptions): (request: Request) => Promise<Response> {
  validateProxyOptions(options);
  const provider = PROVIDERS[options.provider ?? 'openai'];
  const baseURL = (options.baseURL ?? provider.defaultBaseURL ?? '').replace(/\/+$/, '');
  const scrubber = createSecretScrubber(options.apiKey);
  const report = createErrorReporter(options.onError, scrubber.scrub);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const timeoutMs = options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const policy = { model: options.model, allowModels: options.allowModels, maxTokens: options.maxTokens, maxChoices: options.maxChoices ?? 1, allowStore: options.allowStore ?? false };

  const handle = async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return jsonError(405, 'Use POST.', { allow: 'POST' });
    if (!isJson(request)) return jsonError(415, 'Send the body as JSON, with `content-type: application/json`.');
    if (options.authorize) {
      const verdict = await options.authorize(request);
      if (verdict instanceof Response) return verdict;
      if (verdict === false) return jsonError(403, 'This request is not allowed.');
    }
    const read = await readJsonObject(request, maxBodyBytes);
    if (!read.ok) return jsonError(read.status, read.message);
    const checked = applyBodyPolicy(read.body, policy, provider.shape);
    if (!checked.ok) return jsonError(400, checked.message);
    const upstreamBody = options.transformBody ? await options.transformBody(checked.body, request) : checked.body;
    const target = provider.target(baseURL, upstreamBody);
    if ('error' in target) return jsonError(400, target.error);

    const timeout = createUpstreamTimeout(timeoutMs, request.signal);
    let upstream: Response;
    try {
      // A Headers object, so the proxy's own values replace `options.headers` whatever their letter case.
      const headers = new Headers(options.headers);
      for (const [name, value] of Object.entries(provider.defaults)) if (!headers.has(name)) headers.set(name, value);
      headers.set('content-type', 'application/json');
      headers.set('accept', 'text/event-stream');
      for (const [name, value] of Object.entries(provider.auth(options.apiKey))) headers.set(name, value);
      timeout.start();
      upstream = await (options.fetch ?? globalThis.fetch)(target.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(target.body),
        signal: timeout.signal,
        // A redirect would take the key to wherever `Location` points; the key goes to `baseURL` only.
        redirect: 'manual',
      });
    } catch (error) {
      if (timeout.timedOut) {
        report(error, { kind: 'upstream-timeout', status: 504 });
        return jsonError(504, `The upstream API sent no response within ${timeoutMs} ms.`);
      }
      if (request.signal.aborted) return new Response(null, { status: 499 });
      report(error, { kind: 'upstream-unreachable', status: 502 });
      return jsonError(502, 'The upstream API could not be reached.');
    } finally {
      timeout.stop();
    }
    if (isRedirect(upstream)) {
      void upstream.body?.cancel().catch(() => undefined);
      report(new Error(`The upstream API answered ${upstream.status} with a redirect, which the proxy does not follow.`), { kind: 'upstream-redirect', status: 502 });
      return jsonError(502, 'The upstream API redirected the request; set `baseURL` to the final URL.');
    }
    const headers = pickRelayedHeaders(upstream.headers, scrubber.scrub, options.relayHeaders);
    // Upstream errors and in-stream error frames can quote the key; everything relayed is scrubbed.
    const status = upstream.status;
    const relayed = upstream.body
      ? timeout.guard(
          upstream.body,
          () => report(new Error(`The upstream API went silent for ${timeoutMs} ms; the stream was closed.`), { kind: 'upstream-timeout', status }),
          (error) => report(error, { kind: 'upstream-stream', status }),
        )
      : null;
    return new Response(relayed?.pipeThrough(createScrubStream(scrubber)), { status, headers });
  };

  return async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      // A browser that left mid-upload is not a server failure; nobody reads this answer.
      if (request.signal.aborted) return new Response(null, { status: 499 });
      report(error, { kind: 'handler', status: 500 });
      return jsonError(500, 'The proxy failed to handle the request.');
    }
  };
}
