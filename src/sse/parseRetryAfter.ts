/**
 * The delay a response asks for before a retry, in milliseconds, or `undefined` when it asks for none.
 *
 * Reads `retry-after-ms` first (an OpenAI extension with sub-second precision), then the standard
 * `Retry-After`, which RFC 9110 §10.2.3 allows as either delay-seconds or an HTTP-date. A date in the
 * past means "now" (0). Malformed values are ignored rather than guessed at.
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Math.ceil(Number(ms));

  const value = headers.get('retry-after')?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Every HTTP-date form starts with a day name; Date.parse alone would read "-3" or "1.5" as years.
  const date = /^[A-Za-z]{3}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
