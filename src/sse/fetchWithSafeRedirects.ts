import { createNetworkError } from './createNetworkError';
import { describeUrl } from './describeUrl';

/**
 * Header names that carry credentials: `authorization`, `cookie`, and the API-key headers providers use
 * (`x-api-key`, `api-key`, `x-goog-api-key`, `ocp-apim-subscription-key`, …). Matching broadly is safe:
 * a header wrongly taken for a credential is only left out of a request to another origin.
 */
export const CREDENTIAL_HEADER = /auth|cookie|key|token|secret|session|password/i;

/** Whether `status` is a redirect that fetch would follow. */
export const isRedirect = (status: number): boolean => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;

/**
 * `fetch`, but a request that carries credential headers never takes them to another origin. Fetch
 * itself drops only `authorization` on a cross-origin redirect; an `x-api-key` would follow it to
 * whatever host the `Location` names. Such a request is sent with `redirect: 'manual'` and its
 * redirects are followed by `followSafeRedirects`, without the credential headers once the origin
 * changes; that code loads only when a server does redirect, which a chat endpoint rarely does.
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
  const response = await fetchImpl(url, { ...init, headers, redirect: 'manual' });
  if (response.type !== 'opaqueredirect' && !isRedirect(response.status)) return response;
  const { followSafeRedirects } = await import('./followSafeRedirects').catch((error: unknown) => {
    response.body?.cancel().catch(() => undefined);
    throw createNetworkError(`Could not follow the redirect from ${describeUrl(url)}`, error);
  });
  return followSafeRedirects(fetchImpl, url, init, headers, response);
}

function hasCredentials(headers: Headers): boolean {
  for (const name of headers.keys()) if (CREDENTIAL_HEADER.test(name)) return true;
  return false;
}
