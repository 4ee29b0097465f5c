import { ChatStreamError } from '../../sse/ChatStreamError';
import type { OpenAIChatChunk } from './OpenAIChatChunk';

/** The wire shape of a non-streamed answer (`chat.completion`): each choice has a whole `message`. */
interface OpenAIChatCompletion extends OpenAIChatChunk {
  choices?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a whole `chat.completion` body as if it were one stream chunk, so that a server that ignored
 * `stream: true` is decoded by the very rules of the stream: each choice's `message` becomes its
 * `delta`, and tool calls, which carry no `index` there, get their position. An `{"error": …}` body is
 * returned as is, to be reported as the server's error.
 *
 * Throws a `'protocol'` error, with the body kept on `body`, for JSON that is not a chat completion.
 */
export function completionAsChunk(body: unknown): OpenAIChatChunk {
  const completion = isRecord(body) ? (body as OpenAIChatCompletion) : undefined;
  if (!Array.isArray(completion?.choices)) {
    if (completion?.error !== undefined && completion.error !== null) return completion;
    // One message for an array, a string or an object without `choices`: the body on the error says which.
    throw new ChatStreamError(
      'protocol',
      'The server sent JSON instead of an event stream, and it is not a chat completion (no `choices` list).',
      { body },
    );
  }
  return { ...completion, choices: completion.choices.map((choice) => (isRecord(choice) ? asStreamChoice(choice) : choice)) };
}

function asStreamChoice(choice: Record<string, unknown>): Record<string, unknown> {
  const { message, ...rest } = choice;
  if (!isRecord(message)) return rest;
  const calls = message.tool_calls;
  const delta = Array.isArray(calls)
    ? { ...message, tool_calls: calls.map((call, index) => (isRecord(call) && typeof call.index !== 'number' ? { ...call, index } : call)) }
    : message;
  return { ...rest, delta };
}
