import { ChatStreamError } from './ChatStreamError';
import { CREDENTIAL_HEADER, isRedirect } from './fetchWithSafeRedirects';

/** Headers that describe a body, dropped when a redirect turns the request into a GET (Fetch §4.4). */
const BODY_HEADERS = ['content-type', 'content-encoding', 'content-language', 'content-location', 'content-length'];

/** The redirect limit of the Fetch standard. */
const MAX_REDIRECTS = 20;

/**
 * Follows the redirects of a credentialed request that `fetchWithSafeRedirects` sent with
 * `redirect: 'manual'` and got `first` back: by the Fetch standard's rules (method change for
 * 301/302/303, at most 20 hops), without the credential headers once the origin changes.
 */
export async function followSafeRedirects(
  fetchImpl: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
  headers: Headers,
  first: Response,
): Promise<Response> {
  let current = url;
  let method = init.method ?? 'GET';
  let body = init.body;
  let response = first;
  for (let hops = 0; ; hops++) {
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
    response = await fetchImpl(current, { ...init, method, body, headers, redirect: 'manual' });
  }
}

/** `url` as an absolute URL; relative ones are taken against the page, as fetch does in a browser. */
function resolve(url: string): URL {
  return new URL(url, (globalThis as { location?: { href?: string } }).location?.href);
}
