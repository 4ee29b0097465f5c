import { ChatStreamError } from './ChatStreamError';

/**
 * Header names that carry credentials: `authorization`, `cookie`, and the API-key headers providers use
 * (`x-api-key`, `api-key`, `x-goog-api-key`, `ocp-apim-subscription-key`, …). Matching broadly is safe:
 * a header wrongly taken for a credential is only left out of a request to another origin.
 */
const CREDENTIAL_HEADER = /auth|cookie|key|token|secret|session|password/i;

/** Headers that describe a body, dropped when a redirect turns the request into a GET (Fetch §4.4). */
const BODY_HEADERS = ['content-type', 'content-encoding', 'content-language', 'content-location', 'content-length'];

/** The redirect limit of the Fetch standard. */
const MAX_REDIRECTS = 20;

const isRedirect = (status: number) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;

/**
 * `fetch`, but a request that carries credential headers never takes them to another origin. Fetch
 * itself drops only `authorization` on a cross-origin redirect; an `x-api-key` would follow it to
 * whatever host the `Location` names. Such a request is sent with `redirect: 'manual'` and its
 * redirects are followed here by the Fetch standard's rules (method change for 301/302/303, at most 20
 * hops), without the credential headers once the origin changes.
 *
 * Browsers hide the target of a manual redirect (an `opaqueredirect` response), so there the redirect
 * cannot be checked and is refused with a `'protocol'` error that says to point `api` at the final URL.
 * Requests without credential headers, or with their own `redirect` mode, are passed to `fetch` as is.
 */
export async function fetchWithSafeRedirects(
  fetchImpl: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!hasCredentials(headers) || (init.redirect !== undefined && init.redirect !== 'follow')) return fetchImpl(url, init);

  let current = url;
  let method = init.method ?? 'GET';
  let body = init.body;
  for (let hops = 0; ; hops++) {
    const response = await fetchImpl(current, { ...init, method, body, headers, redirect: 'manual' });
    if (response.type === 'opaqueredirect') {
      throw new ChatStreamError(
        'protocol',
        `The server redirected a request that carries credential headers, and the browser does not reveal where to, so it was not followed. Set \`api\` to the final URL.`,
        { status: response.status },
      );
    }
    const location = isRedirect(response.status) ? response.headers.get('location') : null;
    if (location === null) return response;
    response.body?.cancel().catch(() => undefined);
    if (hops === MAX_REDIRECTS) throw new ChatStreamError('network', `More than ${MAX_REDIRECTS} redirects from ${url}.`);
    const next = new URL(location, resolve(current));
    if (next.origin !== resolve(current).origin) {
      for (const name of [...headers.keys()]) if (CREDENTIAL_HEADER.test(name)) headers.delete(name);
    }
    if ((response.status === 303 && method !== 'GET' && method !== 'HEAD') || (response.status <= 302 && method === 'POST')) {
      method = 'GET';
      body = undefined;
      for (const name of BODY_HEADERS) headers.delete(name);
    }
    current = next.href;
  }
}

function hasCredentials(headers: Headers): boolean {
  for (const name of headers.keys()) if (CREDENTIAL_HEADER.test(name)) return true;
  return false;
}

/** `url` as an absolute URL; relative ones are taken against the page, as fetch does in a browser. */
function resolve(url: string): URL {
  return new URL(url, (globalThis as { location?: { href?: string } }).location?.href);
}
