import type { ChatActions, ChatTurnResult } from './ChatState';
import { ignored, type ChatStoreContext } from './ChatStoreContext';
import type { TurnRunner } from './createTurnRunner';
import { hasTools } from './ChatTool';

/** The actions that rewrite the conversation and answer it again. */
export type HistoryActions = Pick<ChatActions, 'continue' | 'stop' | 'regenerate' | 'retry' | 'edit' | 'setMessages' | 'clear'>;

/**
 * Creates the history actions of a chat store. `send` adds the edited message; `clearQueue` empties
 * the send queue, whose state `clear` publishes with the rest of its change.
 */
export function createHistoryActions(
  { get, set, options }: ChatStoreContext,
  turns: TurnRunner,
  send: ChatActions['send'],
  clearQueue: () => void,
): HistoryActions {
  const regenerate = (messageId?: string): Promise<ChatTurnResult> => {
    const { messages } = get();
    const index =
      messageId === undefined
        ? messages.findLastIndex((message) => message.role === 'assistant')
        : messages.findIndex((message) => message.id === messageId);
    const target = messages[index];
    if (!target) return ignored();
    const history = messages.slice(0, target.role === 'assistant' ? index : index + 1);
    return history.length === 0 ? ignored() : turns.run(history);
  };

  const setMessages: HistoryActions['setMessages'] = (next) => {
    const messages = typeof next === 'function' ? next(get().messages) : next;
    const turn = turns.active();
    if (turn && !messages.some((message) => message.id === turn.messageId)) turns.interrupt();
    set({ messages });
  };

  return {
    continue() {
      turns.interrupt();
      const { messages } = get();
      return messages.length === 0 ? ignored() : turns.run(messages);
    },
    stop: turns.interrupt,
    regenerate,
    retry() {
      const { messages } = get();
      const last = messages.at(-1);
      if (!last) return ignored();
      if (last.role === 'assistant') {
        if (last.status !== 'error' && last.status !== 'stopped') return ignored();
        if (!hasTools(options().tools)) return regenerate(last.id);
        // An agent turn goes on from the step where it broke: the tools that already ran never run twice.
        // The plan reads the agent loop's code, so it loads with it, only for chats with tools.
        return import('./planAgentRetry').then(({ planAgentRetry }) => {
          // The conversation may have moved on while the plan loaded.
          if (get().messages.at(-1) !== last) return ignored();
          const plan = planAgentRetry(last);
          if (!plan) return regenerate(last.id);
          const history = messages.slice(0, -1);
          return plan.from === 'tools' ? turns.run(history, plan.message) : turns.run(history, plan.message, plan.previous);
        }, () => regenerate(last.id));
      }
      return turns.run(messages);
    },
    edit(messageId, text) {
      const { messages } = get();
      const index = messages.findIndex((message) => message.id === messageId);
      if (index === -1 || text.trim() === '') return ignored();
      const files = messages[index]!.parts.filter((part) => part.type === 'file');
      // The edited message gets a new id, so the row of the old text (and its state) unmounts cleanly.
      setMessages(messages.slice(0, index));
      return send({ text, files });
    },
    setMessages,
    clear() {
      turns.interrupt();
      clearQueue();
      set({ messages: [], status: 'idle', error: undefined, agentState: undefined, queue: [] });
    },
  };
}
