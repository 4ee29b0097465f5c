import { ChatStreamError } from '../../sse/ChatStreamError';
import { isRecord, type OpenAIResponsesEvent, type OpenAIResponsesItem, type OpenAIResponsesResponse } from './OpenAIResponsesEvent';

/* Field readers of the Responses decoder: each checks the loose wire value, and a value an event cannot do
   without is a `'protocol'` error that names the event and the field, so a broken proxy is diagnosed from
   the message alone. */

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** The `'protocol'` error for an event that lacks a field it needs. */
export function malformed(type: string, what: string, got: unknown): ChatStreamError {
  return new ChatStreamError('protocol', `Malformed Responses event: \`${type}\` needs ${what}, got ${describe(got)}.`, {
    body: got,
  });
}

/** The event's `type`, which every event has. */
export function eventType(event: OpenAIResponsesEvent): string {
  const type = event.type;
  if (typeof type === 'string' && type !== '') return type;
  throw new ChatStreamError('protocol', `Malformed Responses event: expected a string \`type\`, got ${describe(type)}.`, {
    body: event,
  });
}

/** The `output_index`: a non-negative integer on every event that belongs to an output item. */
export function outputIndex(event: OpenAIResponsesEvent, type: string): number {
  const index = event.output_index;
  if (typeof index === 'number' && Number.isInteger(index) && index >= 0) return index;
  throw malformed(type, 'a non-negative integer `output_index`', index);
}

/** A `content_index` or `summary_index`; a server that leaves it out means the first. */
export function subIndex(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** The `delta` string of a delta event. */
export function deltaOf(event: OpenAIResponsesEvent, type: string): string {
  const delta = event.delta;
  if (typeof delta === 'string') return delta;
  throw malformed(type, 'a string `delta`', delta);
}

/** The `item` of `response.output_item.added` / `.done`. */
export function itemOf(event: OpenAIResponsesEvent, type: string): OpenAIResponsesItem {
  const item = event.item;
  if (isRecord(item)) return item;
  throw malformed(type, 'an `item` object', item);
}

/** The `response` object of a lifecycle event. */
export function responseOf(event: OpenAIResponsesEvent, type: string): OpenAIResponsesResponse {
  const response = event.response;
  if (isRecord(response)) return response;
  throw malformed(type, 'a `response` object', response);
}

/** Tool arguments or input as text, whichever form the server used. */
export function argumentsText(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === undefined || value === null ? '' : JSON.stringify(value);
}
