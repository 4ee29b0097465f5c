import { ChatStreamError } from '../../sse/ChatStreamError';

/** Whether `value` is a JSON object (not `null`, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` when it is a non-empty string. */
export const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** `value` when it is a finite number. */
export const finiteNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/**
 * The `'protocol'` error of a Gemini chunk that parsed as JSON but is not the shape the API sends
 * (`candidates` that is not a list, a part that is not an object): `what` names the fault, and `body`
 * keeps the chunk's data for diagnosis.
 */
export function malformedChunk(what: string, data: string): ChatStreamError {
  return new ChatStreamError('protocol', `Malformed Gemini stream chunk: ${what}.`, { body: data });
}
