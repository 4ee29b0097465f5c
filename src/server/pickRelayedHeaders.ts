/**
 * Upstream response headers relayed to the browser by default: what a client needs to read the body
 * (`content-type`), to back off (`retry-after`, and OpenAI's `retry-after-ms`, which the client reads
 * first), and to quote in a support request (`x-request-id`). Everything else stays on the server:
 * cookies of the provider's CDN, `openai-organization` / `openai-project` (who pays), rate-limit
 * quotas, CORS and HSTS policies that belong to the provider's origin, not this one.
 */
export const DEFAULT_RELAYED_HEADERS: readonly string[] = ['content-type', 'retry-after', 'retry-after-ms', 'x-request-id'];

// A cookie set by the provider would be stored for the app's origin; no option relays it.
const NEVER_RELAYED = new Set(['set-cookie', 'set-cookie2']);

/**
 * Builds the response headers the proxy sends: the allowed upstream headers, each value passed through
 * `scrub`, plus `cache-control: no-cache, no-transform` so that no cache or compressing proxy on the way
 * holds back a stream. `extra` adds header names (case-insensitive); one ending in `*` is a prefix,
 * such as `x-ratelimit-*`.
 */
export function pickRelayedHeaders(upstream: Headers, scrub: (value: string) => string, extra: readonly string[] = []): Headers {
  const names = new Set<string>(DEFAULT_RELAYED_HEADERS);
  const prefixes: string[] = [];
  for (const name of extra.map((entry) => entry.toLowerCase())) {
    if (name.endsWith('*')) prefixes.push(name.slice(0, -1));
    else names.add(name);
  }
  const relayed = new Headers();
  upstream.forEach((value, name) => {
    if (NEVER_RELAYED.has(name)) return;
    if (names.has(name) || prefixes.some((prefix) => name.startsWith(prefix))) relayed.set(name, scrub(value));
  });
  relayed.set('cache-control', 'no-cache, no-transform');
  return relayed;
}
