/**
 * One server-sent event: an optional `event:` line, then one `data:` line and the blank line that ends the
 * event. JSON never holds a raw line break, so one data line is enough. `eol` is `'\r\n'` for Gemini,
 * whose servers end lines that way.
 */
export function sseFrame(data: string, event?: string, eol = '\n'): string {
  return event === undefined ? `data: ${data}${eol}${eol}` : `event: ${event}${eol}data: ${data}${eol}${eol}`;
}

/** The JSON of `payload` cut in half: a frame no parser accepts, for the `'malformed-frame'` fault. */
export function truncatedJson(payload: object): string {
  const json = JSON.stringify(payload);
  return json.slice(0, Math.ceil(json.length / 2));
}

/** The response headers of a stream; `no-cache` also keeps proxies from buffering the mock. */
export const SSE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
};

/** Parses tool arguments as a JSON object, as the formats that carry them structured need; else `undefined`. */
export function parseArguments(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
