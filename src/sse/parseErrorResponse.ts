/** What {@link parseErrorResponse} found in an error body. */
export interface ParsedErrorResponse {
  /** The server's own message, or `undefined` when the body holds none. */
  message?: string;
  /** The provider's error code or type, for example `'invalid_api_key'` or `'overloaded_error'`. */
  providerCode?: string;
  /** The body, parsed as JSON when it is JSON, else the text (`undefined` when empty). */
  body?: unknown;
}

/** Longest plain-text body kept as a message: enough for a sentence, short enough for a UI. */
export const MAX_TEXT_MESSAGE_CHARS = 500;

const MAX_STRIPPED_CHARS = 8 * 1024;

/**
 * Extracts a human-readable message and a provider code from an error body, in the shapes servers
 * actually send:
 * - OpenAI, Anthropic, Groq, Mistral: `{"error":{"message","code","type"}}`;
 * - Gemini's OpenAI-compatible endpoint: the same wrapped in an array, `[{"error":{…}}]`;
 * - simple servers: `{"error":"text"}` or `{"message":"…"}`;
 * - FastAPI / vLLM: `{"detail":"…"}`, or `{"detail":[{"msg":"…"}]}` for validation errors;
 * - anything else: the text itself, truncated to {@link MAX_TEXT_MESSAGE_CHARS}, with the markup of an
 *   HTML error page (a proxy's 502) removed.
 */
export function parseErrorResponse(text: string, contentType: string | null = null): ParsedErrorResponse {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const first = trimmed.charCodeAt(0);
  if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
    try {
      const body: unknown = JSON.parse(trimmed);
      return { ...extractErrorMessage(body), body };
    } catch {
      // Not JSON after all (a truncated body, or text that starts with a brace): treat it as text.
    }
  }
  // Only the start of a page is stripped: the message keeps 500 characters, and the lazy pattern of
  // stripMarkup would cost time quadratic in a long body full of unclosed `<script` tags.
  const plain = contentType !== null && /html/i.test(contentType) ? stripMarkup(trimmed.slice(0, MAX_STRIPPED_CHARS)) : trimmed;
  return { message: truncate(plain, MAX_TEXT_MESSAGE_CHARS), body: text };
}

/**
 * The message and provider code of a parsed JSON error value (see {@link parseErrorResponse} for the
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

function stripMarkup(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts `text` to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never split a surrogate pair: half an emoji renders as a replacement character.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
