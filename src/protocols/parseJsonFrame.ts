import { ChatStreamError } from '../sse/ChatStreamError';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../sse/exceedsJsonDepth';

/** How much of a bad frame goes into the error message: enough to recognise it, short enough for a log line. */
const SNIPPET_LENGTH = 120;

export { exceedsJsonDepth, MAX_JSON_DEPTH } from '../sse/exceedsJsonDepth';

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
