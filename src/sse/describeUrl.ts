import { truncate } from './truncate';

/** Longest URL quoted in a message. */
const MAX_URL_CHARS = 200;

/**
 * The URL as an error message should show it: origin and path, without the query, fragment or
 * credentials, which may hold a key (Gemini's `?key=`) that must not end up on screen or in logs.
 * Relative URLs are resolved against the page when there is one.
 */
export function describeUrl(url: string): string {
  let shown: string;
  try {
    const base = (globalThis as { location?: { href?: string } }).location?.href;
    const parsed = new URL(url, base);
    shown = parsed.protocol === 'http:' || parsed.protocol === 'https:' ? `${parsed.origin}${parsed.pathname}` : parsed.protocol;
  } catch {
    shown = url.replace(/[?#].*$/s, '');
  }
  return truncate(shown, MAX_URL_CHARS);
}
