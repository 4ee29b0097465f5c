import { createStore } from 'zustand/vanilla';
import type { ChatActions, ChatState } from './ChatState';
import type { ChatStoreContext } from './ChatStoreContext';
import type { ChatStoreOptions } from './ChatStoreOptions';
import { checkChatStoreOptions } from './checkChatStoreOptions';
import { createHistoryActions } from './createHistoryActions';
import { createSendActions } from './createSendActions';
import { createToolActions } from './createToolActions';
import { createTurnRunner } from './createTurnRunner';
import { createIdGenerator, normalizeMessages } from './messageList';

/**
 * One chat: its data ({@link ChatStore.getState}), change notifications ({@link ChatStore.subscribe})
 * and the conversation operations ({@link ChatActions}). The methods are the only way to change the
 * chat, so every change keeps its invariants; they need no `this` and may be passed around alone.
 */
export interface ChatStore extends ChatActions {
  /** The chat's data as it stands; a new object whenever something in it changed. */
  getState(): ChatState;
  /** Calls `listener` after each change, with the new and the previous state; returns the unsubscribe. */
  subscribe(listener: (state: ChatState, previous: ChatState) => void): () => void;
  /** Merges new options; they apply from the next request on. Throws a `'config'` error for invalid ones. */
  setOptions(options: Partial<ChatStoreOptions>): void;
  /** The options in force. */
  getOptions(): Readonly<ChatStoreOptions>;
}

/**
 * Creates the chat store: a framework-free zustand store that sends turns to an OpenAI-compatible
 * endpoint and folds the streamed answer into `messages`, publishing at most once per flush period.
 * Throws a `'config'` `ChatStreamError` for options that cannot work, such as an empty `api`.
 */
export function createChatStore(initialOptions: ChatStoreOptions): ChatStore {
  checkChatStoreOptions(initialOptions, true);
  let options: ChatStoreOptions = { ...initialOptions };
  const fallbackId = createIdGenerator();

  // zustand keeps the data and the listeners; only the actions below may write to it.
  const store = createStore<ChatState>()(() => ({
    messages: normalizeMessages(options.initialMessages ?? [], options.generateId),
    status: 'idle',
    error: undefined,
    agentState: undefined,
    queue: [],
  }));
  const context: ChatStoreContext = {
    get: store.getState,
    set: store.setState,
    options: () => options,
    generateId: () => (options.generateId ?? fallbackId)(),
  };

  // The runner calls back into the queue after a completed turn; `sending` exists by then.
  const turns = createTurnRunner(context, () => sending.drain());
  const sending = createSendActions(context, turns);

  return {
    getState: store.getState,
    subscribe: store.subscribe,
    ...sending.actions,
    ...createHistoryActions(context, turns, sending.actions.send, sending.clearQueue),
    ...createToolActions(context, turns),
    setOptions(next) {
      checkChatStoreOptions(next, false);
      options = { ...options, ...next };
    },
    getOptions: () => options,
  };
}
