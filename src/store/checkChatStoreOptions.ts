import { ChatStreamError } from '../sse/ChatStreamError';
import type { ChatStoreOptions } from './ChatStoreOptions';

type CheckedOption = 'api' | 'maxEventBytes' | 'whenBusy' | 'maxSteps' | 'maxOutputTokensPerTurn' | 'maxTurnMs' | 'maxRepeatedCalls';

const BUDGETS = ['maxSteps', 'maxOutputTokensPerTurn', 'maxTurnMs', 'maxRepeatedCalls'] as const;

/**
 * Throws a `'config'` {@link ChatStreamError} for options that cannot work, so that a mistake shows up
 * where the chat is made (`createChatStore`, `setOptions`, `useChatStream`) rather than as a request to
 * the page's own URL, or a limit that rejects every event, on the first send. The checks run in every
 * build; only the explanation of each rule is left out of production builds.
 */
export function checkChatStoreOptions(options: Partial<ChatStoreOptions>, creating: boolean): void {
  const invalid = findInvalidOption(options, creating);
  if (invalid !== undefined) {
    const value = options[invalid];
    const got = typeof value === 'string' ? JSON.stringify(value) : String(value);
    throw new ChatStreamError('config', `The chat option \`${invalid}\` ${explain(invalid)}; got ${got}.`);
  }
}

function findInvalidOption(options: Partial<ChatStoreOptions>, creating: boolean): CheckedOption | undefined {
  const { api, maxEventBytes, whenBusy } = options;
  if ((creating || 'api' in options) && (typeof api !== 'string' || api.trim() === '')) return 'api';
  if (maxEventBytes !== undefined && !(maxEventBytes > 0)) return 'maxEventBytes';
  // A typo here would silently interrupt every turn the app meant to queue after.
  if (whenBusy !== undefined && whenBusy !== 'interrupt' && whenBusy !== 'queue') return 'whenBusy';
  // A budget of 0 or NaN would end every agent turn after its first step without saying why.
  return BUDGETS.find((key) => options[key] !== undefined && !(options[key] >= 1));
}

function explain(option: CheckedOption): string {
  // Bundlers replace `process.env.NODE_ENV`, so a production build drops the texts below; `typeof`
  // keeps unbundled use in a browser (no `process`) from throwing a ReferenceError.
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    return {
      // The endpoint may speak any wire format (the `protocol` option), so the rule names none.
      api: "must be the endpoint's URL, such as '/api/chat'",
      maxEventBytes: 'must be a positive number of bytes (or Infinity)',
      whenBusy: "must be 'interrupt' or 'queue'",
      maxSteps: 'must be at least 1 (or Infinity)',
      maxOutputTokensPerTurn: 'must be at least 1 (or Infinity)',
      maxTurnMs: 'must be at least 1 (or Infinity)',
      maxRepeatedCalls: 'must be at least 1 (or Infinity)',
    }[option];
  }
  return 'is invalid';
}
