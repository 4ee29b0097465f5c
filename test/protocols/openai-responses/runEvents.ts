import type { ChatMessage } from '../../../src/message';
import { createOpenAIResponsesDecoder } from '../../../src/protocols/openai-responses';
import type { StreamPart } from '../../../src/protocols';
import { createChatTurn, toStreamError } from '../../../src/store/createChatTurn';

/** An event payload, or a raw `data` string sent as it is (for malformed frames). */
export type WireEvent = Record<string, unknown> | string;

/** What a run of events gave: the final message, the transient data parts, and every part emitted. */
export interface EventRun {
  message: ChatMessage;
  transient: { name: string; data: unknown }[];
  parts: StreamPart[];
}

const frameOf = (event: WireEvent) =>
  typeof event === 'string' ? { data: event } : { event: String(event.type), data: JSON.stringify(event) };

/**
 * Feeds events one by one to a Responses decoder inside the store's turn (as the store does, a thrown
 * error ends the turn as its failure) and returns the final message. `parts` are the decoder's own
 * output, collected beside the turn from a second decoder fed the same events.
 */
export function runEvents(events: readonly WireEvent[]): EventRun {
  const transient: EventRun['transient'] = [];
  const turn = createChatTurn({
    message: { id: 'm1', role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: 0 } } },
    decoder: createOpenAIResponsesDecoder,
    onData: (part) => transient.push({ name: part.name, data: part.data }),
    now: () => 0,
  });
  const parts: StreamPart[] = [];
  const twin = createOpenAIResponsesDecoder();
  for (const event of events) {
    try {
      turn.decodeEvent(frameOf(event));
      twin.decode(frameOf(event), (part) => parts.push(part));
    } catch (error) {
      return { message: turn.finish({ failure: toStreamError(error) }), transient, parts };
    }
  }
  return { message: turn.finish(), transient, parts };
}

/** The usual opening of a response: `response.created` and `response.in_progress`. */
export const opening = (id = 'resp_1', status = 'in_progress'): Record<string, unknown>[] => [
  { type: 'response.created', sequence_number: 0, response: { id, model: 'gpt-test', created_at: 1700000000, status, output: [] } },
  { type: 'response.in_progress', sequence_number: 1, response: { id, model: 'gpt-test', status: 'in_progress', output: [] } },
];

/** `response.completed` with the given usage. */
export const completed = (sequence: number, usage: Record<string, unknown> = { input_tokens: 3, output_tokens: 4, total_tokens: 7 }) => ({
  type: 'response.completed',
  sequence_number: sequence,
  response: { id: 'resp_1', status: 'completed', output: [], usage },
});
