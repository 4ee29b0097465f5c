/** The OpenAI error object: what `{"error": …}` holds in an HTTP error body and in an in-band error frame. */
export interface MockErrorObject {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

const STATUS_TEXT: Record<number, [message: string, type: string, code: string | null]> = {
  400: ['Invalid request.', 'invalid_request_error', null],
  401: ['Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'],
  403: ['You are not allowed to use this model.', 'invalid_request_error', 'model_not_allowed'],
  404: ['The model does not exist.', 'invalid_request_error', 'model_not_found'],
  429: ['Rate limit reached. Please try again later.', 'requests', 'rate_limit_exceeded'],
  500: ['The server had an error while processing your request.', 'server_error', null],
  503: ['The engine is currently overloaded, please try again later.', 'server_error', null],
};

/**
 * The error object a provider would send with `status`: a known status gets OpenAI's wording, type and
 * code; others get a generic message, type `invalid_request_error` below 500 and `server_error` above.
 * `message` replaces the message.
 */
export function createMockErrorObject(status: number, message?: string): MockErrorObject {
  const known = STATUS_TEXT[status];
  const fallbackType = status >= 500 ? 'server_error' : 'invalid_request_error';
  return {
    message: message ?? known?.[0] ?? `Mock error with status ${status}.`,
    type: known?.[1] ?? fallbackType,
    param: null,
    code: known?.[2] ?? null,
  };
}

/** The JSON text of an OpenAI error response body: `{"error":{"message","type","param","code"}}`. */
export function createMockErrorBody(status: number, message?: string): string {
  return JSON.stringify({ error: createMockErrorObject(status, message) });
}
