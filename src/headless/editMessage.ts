import type { ChatTurnResult } from '../store/ChatState';
import type { ChatStore } from '../store/createChatStore';

/**
 * Replaces a user message with new text and answers it again: drops the message and everything after
 * it (a turn in flight among them is stopped), then sends `content` as a new user message. Does
 * nothing when the id is unknown or the text is blank (`'ignored'`); resolves when the new turn ends,
 * to how it ended.
 */
export function editMessage(store: ChatStore, messageId: string, content: string): Promise<ChatTurnResult> {
  const { messages, setMessages, send } = store.getState();
  const index = messages.findIndex((message) => message.id === messageId);
  if (index === -1 || content.trim() === '') return Promise.resolve('ignored');
  // The edited message gets a new id, so the row of the old text (and its state) unmounts cleanly.
  setMessages(messages.slice(0, index));
  return send(content);
}
