import { sseFrame } from './sse';

/** The id, model and timestamp every test chunk carries, as a real OpenAI stream repeats them on each frame. */
const ENVELOPE = { id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'gpt-test' };

/** One `chat.completion.chunk` frame with the given choice `delta` and `finish_reason`. */
export function chunkFrame(delta: Record<string, unknown>, finishReason: string | null = null, choice = 0): string {
  return sseFrame({ ...ENVELOPE, choices: [{ index: choice, delta, finish_reason: finishReason }] });
}

/** A frame with one text delta. */
export function textChunk(text: string, choice = 0): string {
  return chunkFrame({ content: text }, null, choice);
}

/** The frame that ends a choice with `reason` and an empty delta. */
export function finishChunk(reason = 'stop', choice = 0): string {
  return chunkFrame({}, reason, choice);
}

/** The usage-only frame that `stream_options.include_usage` adds after the last choice frame. */
export function usageChunk(promptTokens: number, completionTokens: number): string {
  return sseFrame({
    ...ENVELOPE,
    choices: [],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  });
}

/** One streamed piece of a tool call: `id` and `name` normally only on the first piece of a call. */
export interface ToolCallPiece {
  index: number;
  id?: string;
  name?: string;
  arguments: string;
}

/** A frame with one tool-call delta, in the shape OpenAI streams it. */
export function toolCallChunk({ index, id, name, arguments: args }: ToolCallPiece): string {
  const fn: Record<string, string> = { arguments: args };
  if (name !== undefined) fn.name = name;
  const call: Record<string, unknown> = { index, function: fn };
  if (id !== undefined) {
    call.id = id;
    call.type = 'function';
  }
  return chunkFrame({ tool_calls: [call] });
}

/** The in-band error frame OpenAI-compatible servers send when a stream fails after it started. */
export function errorFrame(message: string, code = 'server_error'): string {
  return sseFrame({ error: { message, type: 'server_error', code } });
}

/** The terminator frame. */
export function done(): string {
  return sseFrame('[DONE]');
}

/** A whole successful answer: the text in pieces, a `stop` finish, usage and `[DONE]`. */
export function completion(pieces: readonly string[], usage: [number, number] = [5, pieces.length]): string[] {
  return [...pieces.map((piece) => textChunk(piece)), finishChunk('stop'), usageChunk(...usage), done()];
}
