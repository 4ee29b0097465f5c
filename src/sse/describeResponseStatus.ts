import { truncate } from './truncate';

/** Characters of a content type quoted in a message; a header can be long, a message must stay short. */
const MAX_QUOTED_TYPE_CHARS = 80;

/** `HTTP 401 Unauthorized`: the message of an `'http'` error when the body says nothing. */
export const httpStatusMessage = (response: Response): string =>
  `HTTP ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`;

/** How the message of a 2xx response that is not an event stream begins: its content type and status. */
export const notEventStreamMessage = (response: Response): string =>
  `Expected an event stream (text/event-stream) but the server sent ${truncate(response.headers.get('content-type') ?? 'no content type', MAX_QUOTED_TYPE_CHARS)} with status ${response.status}`;
