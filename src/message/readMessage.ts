import type { ChatMessage } from './ChatMessage';
import type { ChatPart, ToolCallPart } from './ChatPart';

/**
 * Joins the parts of one type in order. Parts that follow each other directly, or with only sources,
 * files or data between them (Anthropic splits a sentence into blocks around its citations), run on;
 * a tool call or a step between two parts starts a new paragraph, since the model wrote them in
 * separate calls. While a message streams the result only grows at its end.
 */
const joinText = (parts: readonly ChatPart[], type: 'text' | 'reasoning' | 'refusal'): string => {
  let text = '';
  let broken = false;
  for (const part of parts) {
    if (part.type === 'tool-call' || part.type === 'step-start') broken = true;
    else if (part.type === type && part.text !== '') {
      text = broken && text !== '' ? `${text}\n\n${part.text}` : text + part.text;
      broken = false;
    }
  }
  return text;
};

/**
 * The message's answer text: its text parts joined in order, a tool call or step between two of them
 * making a paragraph break (`''` when it has none).
 */
export const getMessageText = (message: Pick<ChatMessage, 'parts'>): string => joinText(message.parts, 'text');

/** The message's reasoning text: its reasoning parts joined like {@link getMessageText}. */
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
