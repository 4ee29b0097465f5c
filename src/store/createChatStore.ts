import { createStore } from 'zustand/vanilla';
import { getToolCalls, type ChatMessage, type ChatPart } from '../message';
import type { ChatActions, ChatState, ChatTurnResult } from './ChatState';
import type { ChatStoreOptions } from './ChatStoreOptions';
import { checkChatStoreOptions } from './checkChatStoreOptions';
import { createChatTurn } from './createChatTurn';
import { checkAttachments } from '../protocols/checkAttachments';
import { openAIChatProtocol } from '../protocols/openai-chat/openAIChatProtocol';
import { applyToolResult, createIdGenerator, normalizeMessages, replaceMessage } from './messageList';
import { runChatTurn } from './runChatTurn';

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

interface Turn {
  controller: AbortController;
  messageId: string;
  /** Publishes deltas that arrived but wait for the next flush. */
  flush(): void;
}

const ignored = (): Promise<ChatTurnResult> => Promise.resolve('ignored');

// A throwing user callback must not turn a settled turn into a rejected `send` promise.
const safely = (callback: () => void) => {
  try {
    callback();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
};

/**
 * Creates the chat store: a framework-free zustand store that sends turns to an OpenAI-compatible
 * endpoint and folds the streamed answer into `messages`, publishing at most once per flush period.
 * Throws a `'config'` `ChatStreamError` for options that cannot work, such as an empty `api`.
 */
export function createChatStore(initialOptions: ChatStoreOptions): ChatStore {
  checkChatStoreOptions(initialOptions, true);
  let options: ChatStoreOptions = { ...initialOptions };
  const generateId = () => (options.generateId ?? fallbackId)();
  const fallbackId = createIdGenerator();
  let chatId: string | undefined;
  let turn: Turn | undefined;

  // zustand keeps the data and the listeners; only the actions below may write to it.
  const store = createStore<ChatState>()(() => ({
    messages: normalizeMessages(options.initialMessages ?? [], options.generateId),
    status: 'idle',
    error: undefined,
    agentState: undefined,
  }));
  const { getState: get, setState: set } = store;

  const interrupt = () => {
    if (!turn) return;
    // `turn` stays set until the aborted turn settles, so that it can publish the `'idle'` status itself.
    turn.controller.abort();
    // Aborting ends event delivery at once, so this publishes exactly the text the turn keeps; a turn
    // started right after (latest wins) must send the model that text, not the last throttled flush.
    turn.flush();
  };

  const runTurn = async (history: ChatMessage[]): Promise<ChatTurnResult> => {
    interrupt();
    const opts = options;
    const base: ChatMessage = { id: generateId(), role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: Date.now() } } };
    const agentState = get().agentState;
    const chatTurn = createChatTurn({
      message: base,
      decoder: opts.protocol?.createDecoder,
      decoderContext: { state: agentState },
      throttle: opts.throttle,
      onData: opts.onData && ((part) => safely(() => opts.onData?.(part))),
      onUpdate(message, next) {
        set((state) => ({
          messages: replaceMessage(state.messages, message),
          status: turn === current ? 'streaming' : state.status,
          ...(next ? { agentState: next.value } : {}),
        }));
      },
    });
    const current: Turn = { controller: new AbortController(), messageId: base.id, flush: chatTurn.flush };
    turn = current;
    set({ messages: [...history, base], status: 'submitted', error: undefined });

    chatId ??= opts.id ?? (opts.generateId ?? createIdGenerator('chat'))();
    const final = await runChatTurn(chatTurn, {
      options: opts,
      history,
      chatId: opts.id ?? chatId,
      agentState,
      signal: current.controller.signal,
    });
    const { status } = final;
    const error = final.metadata?.error;
    const isCurrent = turn === current;
    if (isCurrent) turn = undefined;
    const lastState = chatTurn.takeState();
    set((state) => ({
      messages: replaceMessage(state.messages, final),
      ...(isCurrent ? { status: error ? 'error' : 'idle', error } : {}),
      ...(lastState ? { agentState: lastState.value } : {}),
    }));

    if (status === 'complete' && opts.onToolCall) {
      for (const call of getToolCalls(final)) {
        if (call.state === 'ready' && call.result === undefined && !call.providerExecuted) safely(() => opts.onToolCall?.(call, final));
      }
    }
    if (error) safely(() => opts.onError?.(error, final));
    safely(() => opts.onFinish?.(final));
    return status === 'streaming' ? 'complete' : status;
  };

  const regenerate = (messageId?: string): Promise<ChatTurnResult> => {
    const { messages } = get();
    const index =
      messageId === undefined
        ? messages.findLastIndex((message) => message.role === 'assistant')
        : messages.findIndex((message) => message.id === messageId);
    const target = messages[index];
    if (!target) return ignored();
    const history = messages.slice(0, target.role === 'assistant' ? index : index + 1);
    return history.length === 0 ? ignored() : runTurn(history);
  };

  const actions: ChatActions = {
    send(input) {
      const text = typeof input === 'string' ? input : (input?.text ?? '');
      const files = typeof input === 'object' ? (input.files ?? []) : [];
      // A blank message is a stray Enter, not a request: continuing the conversation is `continue()`.
      if (text.trim() === '' && files.length === 0) return ignored();
      if (files.length > 0) {
        const protocol = options.protocol ?? openAIChatProtocol;
        const refused = checkAttachments(files, options.attachments ?? protocol.attachments, protocol.name);
        if (refused) {
          // Nothing was sent: a turn in flight goes on, and the chat shows the error only when idle.
          if (!turn) set({ status: 'error', error: refused });
          safely(() => options.onError?.(refused, undefined));
          return Promise.resolve('error');
        }
      }
      interrupt();
      const id = typeof input === 'object' && input.id ? input.id : generateId();
      const parts: ChatPart[] = text === '' ? [...files] : [{ type: 'text', text }, ...files];
      return runTurn([...get().messages, { id, role: 'user', parts, status: 'complete' }]);
    },
    continue() {
      interrupt();
      const { messages } = get();
      return messages.length === 0 ? ignored() : runTurn(messages);
    },
    stop: interrupt,
    regenerate,
    retry() {
      const { messages } = get();
      const last = messages.at(-1);
      if (!last) return ignored();
      if (last.role === 'assistant') {
        return last.status === 'error' || last.status === 'stopped' ? regenerate(last.id) : ignored();
      }
      return runTurn(messages);
    },
    edit(messageId, text) {
      const { messages } = get();
      const index = messages.findIndex((message) => message.id === messageId);
      if (index === -1 || text.trim() === '') return ignored();
      const files = messages[index]!.parts.filter((part) => part.type === 'file');
      // The edited message gets a new id, so the row of the old text (and its state) unmounts cleanly.
      actions.setMessages(messages.slice(0, index));
      return actions.send({ text, files });
    },
    setMessages(next) {
      const messages = typeof next === 'function' ? next(get().messages) : next;
      if (turn && !messages.some((message) => message.id === turn?.messageId)) interrupt();
      set({ messages });
    },
    addToolResult(input) {
      const { messages, allAnswered } = applyToolResult(get().messages, input);
      set({ messages });
      if (allAnswered && options.sendToolResults === 'auto' && !turn) void runTurn(messages);
    },
    clear() {
      interrupt();
      set({ messages: [], status: 'idle', error: undefined, agentState: undefined });
    },
  };

  return {
    getState: get,
    subscribe: store.subscribe,
    ...actions,
    setOptions(next) {
      checkChatStoreOptions(next, false);
      options = { ...options, ...next };
    },
    getOptions: () => options,
  };
}
