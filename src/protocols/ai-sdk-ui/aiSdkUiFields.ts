import type { ProviderData } from '../../message';
import { ChatStreamError } from '../../sse/ChatStreamError';
import type { AiSdkUiChunk } from './AiSdkUiChunk';

/** A plain JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value when it is a non-empty string. */
export const nonEmptyString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * A text or reasoning chunk's `id` as the key its part is tracked by: a primitive as its string (a
 * missing id is one id of its own, as in the SDK's reader); an object or array as one shared key, since
 * `String` throws on an object whose `toString` the server replaced (`{"toString": 1}`).
 */
export const chunkId = (value: unknown): string => (typeof value === 'object' && value !== null ? '[object]' : String(value));

/**
 * The string field `field` of a chunk, or a `'protocol'` error naming the chunk type and the field: the
 * chunk cannot be placed without it (a delta without text, a tool chunk without its call id).
 */
export function requireString(chunk: AiSdkUiChunk, type: string, field: 'delta' | 'toolCallId' | 'inputTextDelta'): string {
  const value = chunk[field];
  if (typeof value === 'string') return value;
  throw new ChatStreamError('protocol', `Malformed AI SDK UI chunk: "${type}" needs a string "${field}", got ${describe(value)}`, {
    body: chunk,
  });
}

const describe = (value: unknown): string =>
  value === undefined ? 'none' : value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/**
 * A text or reasoning chunk's `providerMetadata` as part provider data. It is kept whole under
 * `providerMetadata` so that the request encoder can send it back unchanged (Anthropic needs its
 * thinking signatures and redacted data returned exactly); a later chunk's metadata replaces it, as in
 * the SDK's own reader.
 */
export const partProviderData = (metadata: unknown): ProviderData | undefined =>
  isRecord(metadata) ? { providerMetadata: metadata } : undefined;

/**
 * What a tool chunk says about the call besides its input, as part provider data, so that the request
 * encoder can rebuild the UI part: `dynamic` (a `dynamic-tool` part), `title`, `toolMetadata`, and the
 * call's `providerMetadata` (sent back as `callProviderMetadata`). `undefined` when there is none, so
 * that the common chunk allocates nothing.
 */
export function toolProviderData(chunk: AiSdkUiChunk): ProviderData | undefined {
  const { dynamic, title, toolMetadata, providerMetadata } = chunk;
  if (dynamic !== true && typeof title !== 'string' && !isRecord(toolMetadata) && !isRecord(providerMetadata)) return undefined;
  const data: ProviderData = {};
  if (dynamic === true) data.dynamic = true;
  if (typeof title === 'string') data.title = title;
  if (isRecord(toolMetadata)) data.toolMetadata = toolMetadata;
  if (isRecord(providerMetadata)) data.providerMetadata = providerMetadata;
  return data;
}

/**
 * `messageMetadata` as the message's custom metadata: an object as it is; any other value (the SDK
 * allows any JSON) under `value`, so that nothing the server sent is dropped; `undefined` for none.
 */
export function customMetadata(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  return isRecord(value) ? value : { value };
}

/**
 * A whole tool input as argument text: a string as it is for a free-text (`inputEncoding: 'text'`)
 * tool, or for an input the server could not parse (`tool-input-error` sends the model's raw text);
 * anything else as JSON. `''` when there is no input, which the store reads as `{}`.
 */
export function inputText(input: unknown, freeText: boolean): string {
  if (input === undefined) return '';
  if (typeof input === 'string' && freeText) return input;
  return JSON.stringify(input) ?? '';
}
