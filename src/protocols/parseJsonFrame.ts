import { ChatStreamError } from '../sse/ChatStreamError';

/** How much of a bad frame goes into the error message: enough to recognise it, short enough for a log line. */
const SNIPPET_LENGTH = 120;

/**
 * The deepest nesting of arrays and objects a frame may have. Far beyond any real answer, and shallow
 * enough that whatever walks the message recursively (`JSON.stringify`, `structuredClone`, a renderer)
 * cannot overflow the stack: V8's `JSON.parse` is iterative and accepts 100,000 levels, which its
 * `JSON.stringify` then cannot write back.
 */
export const MAX_JSON_DEPTH = 512;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;

/**
 * Whether the JSON `text` (valid JSON: every container it opens it closes) nests arrays and objects
 * deeper than `maxDepth`. Linear, allocation-free, and skipped outright for text too short to nest that
 * deep, so the per-token frames pay one length comparison.
 */
export function exceedsJsonDepth(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  if (text.length <= 2 * maxDepth) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > maxDepth) return true;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
  return false;
}

function quoteSnippet(data: string): string {
  return JSON.stringify(data.length > SNIPPET_LENGTH ? `${data.slice(0, SNIPPET_LENGTH)}…` : data);
}

/**
 * Parses the `data` of one event as a JSON object, the frame shape every JSON wire format uses.
 *
 * Throws a `ChatStreamError` with code `'protocol'` when the data is not JSON or is JSON but not an
 * object, or nests deeper than {@link MAX_JSON_DEPTH} levels; the message quotes the start of the data and the parser's reason, and `body` holds the whole
 * data, so that a broken proxy or a non-LLM endpoint can be diagnosed from the error alone.
 */
export function parseJsonFrame<T extends object>(data: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ChatStreamError(
      'protocol',
      `Malformed stream frame: expected JSON in data, got ${quoteSnippet(data)} (${reason})`,
      { body: data, cause },
    );
  }
  if (exceedsJsonDepth(data)) {
    throw new ChatStreamError(
      'protocol',
      `Malformed stream frame: JSON nested deeper than ${MAX_JSON_DEPTH} levels: ${quoteSnippet(data)}`,
      { body: data },
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
    throw new ChatStreamError(
      'protocol',
      `Malformed stream frame: expected a JSON object in data, got ${kind}: ${quoteSnippet(data)}`,
      { body: data },
    );
  }
  return parsed as T;
}
