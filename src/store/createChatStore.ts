import { createStore } from 'zustand/vanilla';
import { getToolCalls, type ChatMessage, type ChatPart, type FilePart } from '../message';
import type { ChatActions, ChatState, ChatTurnResult } from './ChatState';
import type { ChatStoreOptions } from './ChatStoreOptions';
import { checkChatStoreOptions } from './checkChatStoreOptions';
import { checkAttachments } from '../protocols/checkAttachments';
import { openAIChatProtocol } from '../protocols/openai-chat/openAIChatProtocol';
import { applyToolResult, createIdGenerator, decideApproval, mergeAnswers, normalizeMessages, replaceMessage } from './messageList';
import { runTurnStep } from './runTurnStep';
import { createSendQueue } from './createSendQueue';

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
  /** How the turn ends, for an approval given while it runs. */
  result?: Promise<ChatTurnResult>;
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
  const reported = new Set<string>();

  // zustand keeps the data and the listeners; only the actions below may write to it.
  const store = createStore<ChatState>()(() => ({
    messages: normalizeMessages(options.initialMessages ?? [], options.generateId),
    status: 'idle',
    error: undefined,
    agentState: undefined,
    queue: [],
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

  /**
   * Runs an agent turn into a new assistant message after `history`, or, given `resumed` (a paused
   * message whose calls were answered or decided), goes on with that message.
   */
  const startTurn = async (history: ChatMessage[], resumed?: ChatMessage): Promise<ChatTurnResult> => {
    interrupt();
    const opts = options;
    const base: ChatMessage = resumed ?? { id: generateId(), role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: Date.now() } } };
    const current: Turn = { controller: new AbortController(), messageId: base.id, flush: () => {} };
    turn = current;
    set({ messages: [...history, base], status: 'submitted', error: undefined });
    chatId ??= opts.id ?? (opts.generateId ?? createIdGenerator('chat'))();
    const publish = (message: ChatMessage, next?: { value: unknown }) =>
      set((state) => ({
        messages: replaceMessage(state.messages, message),
        status: turn === current ? 'streaming' : state.status,
        ...(next ? { agentState: next.value } : {}),
      }));

    const latest = (message: ChatMessage) => mergeAnswers(message, get().messages.findLast((candidate) => candidate.id === message.id));
    const onData = opts.onData && ((part: { name: string; id?: string; data: unknown }) => safely(() => opts.onData?.(part)));
    const runStep = async (stepHistory: readonly ChatMessage[], stepBase: ChatMessage): Promise<ChatMessage> => {
      const { message, state } = await runTurnStep({
        options: opts,
        history: stepHistory,
        base: stepBase,
        chatId: opts.id ?? chatId!,
        agentState: get().agentState,
        signal: current.controller.signal,
        onUpdate: publish,
        onData,
        onStart: (chatTurn) => (current.flush = chatTurn.flush),
      });
      if (state) set({ agentState: state.value });
      return message;
    };
    // The agent loop (and its validator) loads only for chats that use it: a plain chat is one request.
    const agentic = resumed !== undefined || Object.keys(opts.tools ?? {}).length > 0;
    const final = !agentic ? await runStep(history, base) : await (await import('./runAgentTurn')).runAgentTurn({
      options: opts,
      history,
      message: base,
      resume: resumed !== undefined,
      signal: current.controller.signal,
      runStep,
      // Tool results must not erase answers the app gave meanwhile (addToolResult, approveToolCall).
      publish: (message) => publish(latest(message)),
      latest,
    });
    const isCurrent = turn === current;
    if (isCurrent) turn = undefined;
    const error = final.metadata?.error;
    set((state) => ({
      messages: replaceMessage(state.messages, final),
      ...(isCurrent ? { status: error ? 'error' : 'idle', error } : {}),
    }));

    const { status } = final;

    if (status === 'complete' && opts.onToolCall) {
      for (const call of getToolCalls(final)) {
        if (call.state !== 'ready' || call.result !== undefined || call.providerExecuted || call.approval || reported.has(`${final.id} ${call.toolCallId}`)) continue;
        // A turn resumed after an approval ends with the same unanswered calls: each is the app's once.
        reported.add(`${final.id} ${call.toolCallId}`);
        safely(() => opts.onToolCall?.(call, final));
      }
    }
    if (error) safely(() => opts.onError?.(error, final));
    safely(() => opts.onFinish?.(final));
    // Only a completed answer moves the queue on: after a failure or a stop the user decides (`resumeQueue`).
    // Calls still waiting for a result or approval must be answered before a user message may follow.
    const waiting = getToolCalls(final).some((call) => call.result === undefined && !call.providerExecuted);
    if (isCurrent && !turn && status === 'complete' && !waiting) void queue.next();
    return status === 'streaming' ? 'complete' : status;
  };
  const runTurn = (history: ChatMessage[], resumed?: ChatMessage): Promise<ChatTurnResult> => {
    const result = startTurn(history, resumed);
    // startTurn sets `turn` before its first wait.
    if (turn) turn.result = result;
    return result;
  };

  // A turn being stopped still holds `turn` until it settles, but it no longer makes the chat busy.
  const busy = () => turn !== undefined && !turn.controller.signal.aborted;
  const sendMessage = ({ id, text, files }: { id: string; text: string; files: readonly FilePart[] }) => {
    interrupt();
    const parts: ChatPart[] = text === '' ? [...files] : [{ type: 'text', text }, ...files];
    return runTurn([...get().messages, { id, role: 'user', parts, status: 'complete' }]);
  };
  const queue = createSendQueue({ publish: (next) => set({ queue: next }), sendNow: sendMessage });

  const hasTools = () => Object.keys(options.tools ?? {}).length > 0;

  // A decision goes on with the paused message when it is the last one: a client tool runs (or its
  // denial is sent), a server-side approval is sent back; the turn continues once every call is answered.
  const decide = (toolCallId: string, approved: boolean, reason?: string): Promise<ChatTurnResult> => {
    const { messages } = get();
    const index = messages.findLastIndex((message) => message.parts.some((part) => part.type === 'tool-call' && part.toolCallId === toolCallId));
    const decided = index === -1 ? undefined : decideApproval(messages[index]!, toolCallId, approved, reason);
    if (!decided) return ignored();
    if (index !== messages.length - 1 || turn || decided.status !== 'complete') {
      set({ messages: replaceMessage(messages, decided) });
      // The turn running on this message takes the decision up when its tools are done.
      return turn?.messageId === decided.id && turn.result ? turn.result : ignored();
    }
    return runTurn(messages.slice(0, -1), decided);
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
      const id = typeof input === 'object' && input.id ? input.id : generateId();
      if (options.whenBusy === 'queue' && busy()) return queue.add(files.length > 0 ? { id, text, files } : { id, text });
      return sendMessage({ id, text, files });
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
      if (!allAnswered || turn) return;
      const owner = messages.at(-1);
      const answersLast = owner?.parts.some((part) => part.type === 'tool-call' && part.toolCallId === input.toolCallId);
      // A stopped or failed turn never goes on by itself: the user asks with `continue()`.
      if (hasTools() && owner && answersLast) {
        if (owner.status === 'complete') void runTurn(messages.slice(0, -1), owner);
      } else if (options.sendToolResults === 'auto') void runTurn(messages);
    },
    approveToolCall: (toolCallId) => decide(toolCallId, true),
    denyToolCall: (toolCallId, reason) => decide(toolCallId, false, reason),
    clear() {
      interrupt();
      queue.clear();
      set({ messages: [], status: 'idle', error: undefined, agentState: undefined, queue: [] });
    },
    removeQueued: (id) => queue.remove(id),
    sendQueuedNow: (id) => queue.sendNow(id),
    resumeQueue: () => (busy() ? ignored() : queue.next()),
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
