/** What `parseErrorResponse` finds in an error body. */
export interface ParsedErrorResponse {
  /** The server's own message, or `undefined` when the body holds none. */
  message?: string;
  /** The provider's error code or type, for example `'invalid_api_key'` or `'overloaded_error'`. */
  providerCode?: string;
  /** The body, parsed as JSON when it is JSON, else the text (`undefined` when empty). */
  body?: unknown;
}

/**
 * The message and provider code of a parsed JSON error value (see `parseErrorResponse` for the
 * shapes), or an empty object when it holds none. Also suits in-band error frames of a stream.
 */
export function extractErrorMessage(value: unknown): Omit<ParsedErrorResponse, 'body'> {
  const root = Array.isArray(value) ? value[0] : value;
  if (!isRecord(root)) return {};
  const { error } = root;
  if (typeof error === 'string' && error !== '') return { message: error, providerCode: codeOf(root) };
  if (isRecord(error)) {
    const message = firstString(error.message, error.msg) ?? firstString(root.message);
    return { message, providerCode: codeOf(error) ?? codeOf(root) };
  }
  const message = firstString(root.message) ?? detailMessage(root.detail);
  return { message, providerCode: codeOf(root) };
}

function detailMessage(detail: unknown): string | undefined {
  if (typeof detail === 'string') return detail === '' ? undefined : detail;
  if (!Array.isArray(detail)) return undefined;
  const parts = detail.map((item) => (isRecord(item) ? firstString(item.msg, item.message) : undefined));
  const joined = parts.filter((part) => part !== undefined).join('; ');
  return joined === '' ? undefined : joined;
}

function codeOf(record: Record<string, unknown>): string | undefined {
  // A numeric `code` (Gemini, vLLM) usually repeats the HTTP status, so a string `type` or `status`
  // names the error better; the number is still the best code when nothing else is given (in-band).
  const named = firstString(record.code, record.type, record.status);
  return named ?? (typeof record.code === 'number' ? String(record.code) : undefined);
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) if (typeof value === 'string' && value !== '') return value;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
