import type { MockWireFormat } from './formats/MockWireFormat';

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

const ANTHROPIC_TYPES: Record<number, string> = {
  400: 'invalid_request_error', 401: 'authentication_error', 403: 'permission_error', 404: 'not_found_error',
  413: 'request_too_large', 429: 'rate_limit_error', 500: 'api_error', 529: 'overloaded_error',
};

const GOOGLE_STATUSES: Record<number, string> = {
  400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE', 504: 'DEADLINE_EXCEEDED',
};

/**
 * The JSON text of an HTTP error body as the provider behind `format` sends it: Anthropic's
 * `{"type":"error","error":{type,message}}`, Google's `{"error":{code,message,status}}`, and OpenAI's
 * shape for the rest (the AI SDK and AG-UI have none of their own; a route that fails usually relays one).
 */
export function createMockFormatErrorBody(format: MockWireFormat, status: number, message?: string): string {
  const text = createMockErrorObject(status, message).message;
  if (format === 'anthropic') {
    const type = ANTHROPIC_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
    return JSON.stringify({ type: 'error', error: { type, message: text } });
  }
  if (format === 'gemini') {
    const googleStatus = GOOGLE_STATUSES[status] ?? (status >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION');
    return JSON.stringify({ error: { code: status, message: text, status: googleStatus } });
  }
  return createMockErrorBody(status, message);
}
