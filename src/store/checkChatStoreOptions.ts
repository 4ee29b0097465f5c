import { ChatStreamError } from '../sse/ChatStreamError';
import type { ChatStoreOptions } from './ChatStoreOptions';

const fail = (message: string) => new ChatStreamError('config', message);

/**
 * Throws a `'config'` {@link ChatStreamError} for options that cannot work, so that a mistake shows up
 * where the chat is made (`createChatStore`, `setOptions`, `useChatStream`) rather than as a request to
 * the page's own URL, or a limit that rejects every event, on the first send.
 */
export function checkChatStoreOptions(options: Partial<ChatStoreOptions>, creating: boolean): void {
  if (creating || 'api' in options) {
    const { api } = options;
    if (typeof api !== 'string' || api.trim() === '') {
      // The endpoint may speak any wire format (the `protocol` option), so the message names none.
      throw fail(`The chat option \`api\` must be the endpoint's URL, such as '/api/chat'; got ${describe(api)}.`);
    }
  }
  const { maxEventBytes } = options;
  if (maxEventBytes !== undefined && !(maxEventBytes > 0)) {
    throw fail(`The chat option \`maxEventBytes\` must be a positive number of bytes (or Infinity); got ${describe(maxEventBytes)}.`);
  }
  const { whenBusy } = options;
  // A typo here would silently interrupt every turn the app meant to queue after.
  if (whenBusy !== undefined && whenBusy !== 'interrupt' && whenBusy !== 'queue') {
    throw fail(`The chat option \`whenBusy\` must be 'interrupt' or 'queue'; got ${describe(whenBusy)}.`);
  }
  // A budget of 0 or NaN would end every agent turn after its first step without saying why.
  for (const key of ['maxSteps', 'maxOutputTokensPerTurn', 'maxTurnMs', 'maxRepeatedCalls'] as const) {
    const value = options[key];
    if (value !== undefined && !(value >= 1)) throw fail(`The chat option \`${key}\` must be at least 1 (or Infinity); got ${describe(value)}.`);
  }
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
