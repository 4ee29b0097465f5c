import type { MockChatMessage } from './MockChatRequest';

/** A tool result a request carries back, whatever the format. */
export interface MockToolResult {
  /** The id of the call it answers; absent when the format sent none (Gemini without call ids). */
  toolCallId?: string;
  /** The tool's name, when the format sends it with the result (Gemini, the AI SDK). */
  toolName?: string;
  /** The result as sent: a string, the content parts, or Gemini's `response` object. */
  content: unknown;
  /** Whether it was sent as an error (Anthropic `is_error`, AG-UI `error`, an AI SDK `output-error` or denial). */
  isError: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const stringOr = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const AI_SDK_OUTPUT_STATES = new Set(['output-available', 'output-error', 'output-denied']);

/** A part of a message that carries a result: Anthropic `tool_result`, Gemini `functionResponse`, an AI SDK tool part. */
function partResult(part: unknown): MockToolResult | undefined {
  if (!isRecord(part)) return undefined;
  if (part.type === 'tool_result') return { toolCallId: stringOr(part.tool_use_id), content: part.content, isError: part.is_error === true };
  if (isRecord(part.functionResponse)) {
    const { id, name, response } = part.functionResponse;
    return { toolCallId: stringOr(id), toolName: stringOr(name), content: response, isError: false };
  }
  const type = typeof part.type === 'string' ? part.type : '';
  if ((type.startsWith('tool-') || type === 'dynamic-tool') && AI_SDK_OUTPUT_STATES.has(String(part.state))) {
    const toolName = type === 'dynamic-tool' ? stringOr(part.toolName) : type.slice('tool-'.length);
    const isError = part.state !== 'output-available';
    return { toolCallId: stringOr(part.toolCallId), toolName, content: isError ? part.errorText : part.output, isError };
  }
  return undefined;
}

/** The results one conversation entry carries, in order. */
function entryResults(message: MockChatMessage): MockToolResult[] {
  // Chat Completions and AG-UI: a `tool` message per result.
  if (message.role === 'tool') {
    const toolCallId = stringOr(message.tool_call_id) ?? stringOr(message.toolCallId);
    return [{ toolCallId, content: message.content, isError: message.error !== undefined }];
  }
  // OpenAI Responses: an output item per result.
  if (message.type === 'function_call_output' || message.type === 'custom_tool_call_output') {
    return [{ toolCallId: stringOr(message.call_id), content: message.output, isError: false }];
  }
  const parts = Array.isArray(message.content) ? message.content : Array.isArray(message.parts) ? message.parts : [];
  return (parts as unknown[]).map(partResult).filter((result) => result !== undefined);
}

/**
 * Where the current turn starts: the last `user` entry that is something the user said rather than
 * tool results (Anthropic and Gemini send results as user turns); -1 when there is none.
 */
export function findMockTurnStart(messages: readonly MockChatMessage[]): number {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.role === 'user' && entryResults(message).length === 0) return i;
  }
  return -1;
}

/**
 * The tool results of the current turn (after the user's last message), in order, read from any of the
 * six formats: what a multi-step scenario advances on. Results of earlier turns are left out, so that a
 * scenario with steps starts again from its first step on each new user message.
 */
export function readMockToolResults(messages: readonly MockChatMessage[]): MockToolResult[] {
  return messages.slice(findMockTurnStart(messages) + 1).flatMap(entryResults);
}
