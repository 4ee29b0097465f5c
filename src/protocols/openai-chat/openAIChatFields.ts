import { ChatStreamError } from '../../sse/ChatStreamError';
import type { OpenAIChatChunk } from './OpenAIChatChunk';
import type { StreamPart } from '../StreamPart';

/* Field readers of the OpenAI Chat decoder: each checks the loose wire value before use. */

/**
 * Choices per response: OpenAI caps `n` at 128. A larger, negative or fractional `choices[].index` is
 * not an answer but a broken or hostile server, and it would cost every later snapshot (and the UI)
 * work in proportion to the index rather than to what arrived.
 */
const MAX_CHOICES = 128;

/** The `choices[].index` of a choice: 0 when missing, a `'protocol'` error when out of range. */
export function choiceIndex(value: unknown): number {
  if (typeof value !== 'number') return 0;
  if (Number.isInteger(value) && value >= 0 && value < MAX_CHOICES) return value;
  throw new ChatStreamError(
    'protocol',
    `Malformed stream frame: choices[].index ${value} is out of range (expected an integer from 0 to ${MAX_CHOICES - 1}).`,
  );
}

/** The value when it is a non-empty string. */
export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Tool-call arguments as JSON text, whichever form the server used. */
export function argumentsText(value: unknown): string {
  if (typeof value === 'string') return value;
  // A few servers send arguments as an object rather than JSON text; the store expects text.
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/** The `usage` inside Groq's `x_groq` extension object, when there is one. */
export function groqUsage(extension: unknown): unknown {
  return typeof extension === 'object' && extension !== null ? (extension as { usage?: unknown }).usage : undefined;
}

/** The `metadata` stream part. */
export type MetadataPart = Extract<StreamPart, { type: 'metadata' }>;

/** The first frame's id and model, skipping the empty placeholders of Azure's filter frames. */
export function readMetadata(chunk: OpenAIChatChunk): MetadataPart | undefined {
  const id = nonEmptyString(chunk.id);
  const model = nonEmptyString(chunk.model);
  if (id === undefined && model === undefined) return undefined;
  const part: MetadataPart = { type: 'metadata' };
  if (id !== undefined) part.id = id;
  if (model !== undefined) part.model = model;
  // `created: 0` is a placeholder (Azure, sanitized recordings), not 1970.
  if (typeof chunk.created === 'number' && chunk.created > 0) part.created = chunk.created;
  return part;
}
