import { ChatStreamError } from '../sse/ChatStreamError';
import { extractErrorMessage } from '../sse/extractErrorMessage';

/** Used when the server reports an error without saying what it was. */
const FALLBACK_MESSAGE = 'The server reported an error in the stream';

/**
 * Builds the `'server'` {@link ChatStreamError} for an error the server sent inside the stream, such as
 * the `{"error": …}` frame of OpenAI-compatible servers. The frame is read by the same rules as an HTTP
 * error body (`extractErrorMessage`), so a message and provider code mean the same wherever they came
 * from; the whole frame is kept as `body` for diagnosis.
 */
export function createInBandError(frame: unknown): ChatStreamError {
  const { message, providerCode } = extractErrorMessage(frame);
  return new ChatStreamError('server', message ?? FALLBACK_MESSAGE, { providerCode, body: frame });
}
