import { ChatStreamError } from '../../sse/ChatStreamError';
import type { AnthropicStreamEvent } from './AnthropicStreamEvent';
import { isRecord } from './malformedEvent';

/** A stream event with its type known, as {@link messageAsEvents} makes them. */
export type TypedAnthropicEvent = AnthropicStreamEvent & { type: string };

/**
 * The events a stream would have carried for a whole Anthropic message (the body of a server that
 * ignored `stream: true`): `message_start` (with the message's usage), a start and a stop per content
 * block in order, `message_delta` with the stop reason, and `message_stop`. The stream decoder then
 * reads it by the very rules of the stream. An error body (`{"type":"error","error":{…}}`) is one
 * `error` event, reported as the server's error.
 *
 * Throws a `'protocol'` error, with the body kept, for JSON that is neither a message nor an error.
 */
export function messageAsEvents(body: unknown): TypedAnthropicEvent[] {
  if (!isRecord(body)) {
    throw new ChatStreamError('protocol', 'The server sent JSON instead of an event stream, and it is not an Anthropic message object.', { body });
  }
  if (body.type === 'error' || isRecord(body.error)) return [{ ...body, type: 'error' }];
  const { content } = body;
  if (!Array.isArray(content)) {
    throw new ChatStreamError('protocol', 'The server sent JSON instead of an event stream, and it is not an Anthropic message (it has no `content` list).', { body });
  }
  const events: TypedAnthropicEvent[] = [{ type: 'message_start', message: { ...body, content: [] } }];
  content.forEach((block: unknown, index) => {
    events.push({ type: 'content_block_start', index, content_block: block }, { type: 'content_block_stop', index });
  });
  events.push({ type: 'message_delta', delta: { stop_reason: body.stop_reason } }, { type: 'message_stop' });
  return events;
}
