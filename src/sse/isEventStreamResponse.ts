/**
 * Whether a response can be read as an event stream. A missing content type is accepted (some minimal
 * servers and proxies omit it, and the bytes may still be SSE); any other type than `text/event-stream`
 * is not, parameters such as `charset` aside.
 */
export function isEventStreamResponse(response: Response): boolean {
  const type = mediaType(response);
  return type === undefined || type === 'text/event-stream';
}

/** Whether a response is JSON: `application/json` or a `…+json` type, parameters aside. */
export function isJsonResponse(response: Response): boolean {
  const type = mediaType(response);
  return type !== undefined && (type === 'application/json' || type.endsWith('+json'));
}

function mediaType(response: Response): string | undefined {
  const type = response.headers.get('content-type');
  if (type === null) return undefined;
  const semicolon = type.indexOf(';');
  return (semicolon === -1 ? type : type.slice(0, semicolon)).trim().toLowerCase();
}
