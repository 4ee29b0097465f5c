import type { ChatMessage } from './ChatMessage';
import type { ChatPart, ToolCallPart } from './ChatPart';

const joinText = (parts: readonly ChatPart[], type: 'text' | 'reasoning' | 'refusal'): string => {
  let text = '';
  for (const part of parts) if (part.type === type) text += part.text;
  return text;
};

/** The message's answer text: its text parts joined, in order (`''` when it has none). */
export const getMessageText = (message: Pick<ChatMessage, 'parts'>): string => joinText(message.parts, 'text');

/** The message's reasoning text: its reasoning parts joined, in order. */
export const getReasoningText = (message: Pick<ChatMessage, 'parts'>): string => joinText(message.parts, 'reasoning');

/** The message's refusal text, `''` when the model did not refuse. */
export const getRefusalText = (message: Pick<ChatMessage, 'parts'>): string => joinText(message.parts, 'refusal');

/** The message's tool calls, in order, with their results. */
export const getToolCalls = (message: Pick<ChatMessage, 'parts'>): ToolCallPart[] =>
  message.parts.filter((part): part is ToolCallPart => part.type === 'tool-call');

/** A `user` or `system` message of one text part, for `setMessages` and `initialMessages`. */
export const createTextMessage = (
  role: 'user' | 'system' | 'assistant',
  text: string,
  id?: string,
): Omit<ChatMessage, 'id'> & { id?: string } => ({ ...(id ? { id } : {}), role, parts: [{ type: 'text', text }], status: 'complete' });
