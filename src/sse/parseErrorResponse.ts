import { extractErrorMessage, type ParsedErrorResponse } from './extractErrorMessage';
import { truncate } from './truncate';

export type { ParsedErrorResponse } from './extractErrorMessage';

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

function stripMarkup(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
