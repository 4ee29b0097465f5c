import { ChatStreamError } from '../../sse/ChatStreamError';

/**
 * The `'protocol'` error of an Anthropic event that parsed as JSON but lacks what its type requires
 * (a `content_block_delta` without a numeric `index`, a `text_delta` without its text): `what` names
 * the fault, and `body` keeps the event's data for diagnosis.
 */
export function malformedEvent(what: string, data: string): ChatStreamError {
  return new ChatStreamError('protocol', `Malformed Anthropic stream event: ${what}.`, { body: data });
}

/** Whether `value` is a JSON object (not `null`, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` when it is a non-empty string. */
export const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
