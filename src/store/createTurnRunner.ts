import type { ChatMessage } from '../message';
import type { ChatTurnResult } from './ChatState';
import { callSafely, type ChatStoreContext } from './ChatStoreContext';
import { createNetworkError } from '../sse/createNetworkError';
import { allAnswered, createIdGenerator, mergeAnswers, replaceMessage } from './messageList';
import { reportTurnEnd } from './reportTurnEnd';
import { runTurnStep } from './runTurnStep';
import { hasTools } from './ChatTool';

/** The turn a chat has in flight; at most one, the latest started. */
export interface ActiveTurn {
  controller: AbortController;
  messageId: string;
  /** Publishes deltas that arrived but wait for the next flush. */
  flush(): void;
  /** How the turn ends, for an approval given while it runs. */
  result?: Promise<ChatTurnResult>;
}

/** Starts, stops and tracks the turns of one chat store. */
export interface TurnRunner {
  /**
   * Runs a turn into a new assistant message after `history`, or, given `resumed` (a paused message
   * whose calls were answered or decided), goes on with that message. Given `previous` too, `resumed`
   * ends with the `step-start` of a step to request again (`retry()`), and `previous` is the message that
   * request sends. A turn in flight is stopped first.
   */
  run(history: ChatMessage[], resumed?: ChatMessage, previous?: ChatMessage): Promise<ChatTurnResult>;
  /** Stops the turn in flight, keeping exactly the text it received. */
  interrupt(): void;
  /** Whether a turn is in flight and not being stopped. */
  busy(): boolean;
  /** The turn in flight, also one being stopped until it settles. */
  active(): ActiveTurn | undefined;
}

/**
 * Creates the turn runner of a chat store. `onAnswered` runs when the latest turn completed with no
 * call left waiting for a result or an approval: the moment a queued message may follow.
 */
export function createTurnRunner({ get, set, options, generateId }: ChatStoreContext, onAnswered: () => void): TurnRunner {
  let chatId: string | undefined;
  let turn: ActiveTurn | undefined;
  const reported = new Set<string>();

  const interrupt = () => {
    if (!turn) return;
    // `turn` stays set until the aborted turn settles, so that it can publish the `'idle'` status itself.
    turn.controller.abort();
    // Aborting ends event delivery at once, so this publishes exactly the text the turn keeps; a turn
    // started right after (latest wins) must send the model that text, not the last throttled flush.
    turn.flush();
  };

  const start = async (history: ChatMessage[], resumed?: ChatMessage, previous?: ChatMessage): Promise<ChatTurnResult> => {
    interrupt();
    const opts = options();
    const base: ChatMessage = resumed ?? { id: generateId(), role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: Date.now() } } };
    const current: ActiveTurn = { controller: new AbortController(), messageId: base.id, flush: () => {} };
    turn = current;
    set({ messages: [...history, base], status: 'submitted', error: undefined });
    chatId ??= opts.id ?? (opts.generateId ?? createIdGenerator('chat'))();
    const agentic = resumed !== undefined || hasTools(opts.tools);
    // Between the steps of an agent turn a step's answer is complete but the turn is not: the message
    // stays 'streaming' until the loop returns (a row must not read as settled while tools run).
    const publish = (message: ChatMessage, next?: { value: unknown }) =>
      set((state) => ({
        messages: replaceMessage(state.messages, agentic && turn === current && message.status === 'complete' ? { ...message, status: 'streaming' } : message),
        status: turn === current ? 'streaming' : state.status,
        ...(next ? { agentState: next.value } : {}),
      }));

    const onData = opts.onData && ((part: { name: string; id?: string; data: unknown }) => callSafely(() => opts.onData?.(part)));
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
    const runAgent = async (): Promise<ChatMessage> => {
      const loaded = await import('./runAgentTurn').catch((error: unknown) => createNetworkError('Could not load the agent loop', error));
      // Without its code (the connection broke) the turn fails as a request would, keeping what it had.
      if (!('runAgentTurn' in loaded)) return { ...base, status: 'error', metadata: { ...base.metadata, error: loaded } };
      const { runAgentTurn } = loaded;
      const latest = (message: ChatMessage) => mergeAnswers(message, get().messages.findLast((candidate) => candidate.id === message.id));
      return runAgentTurn({
        options: opts,
        history,
        message: base,
        resume: resumed !== undefined && previous === undefined,
        previous,
        signal: current.controller.signal,
        runStep,
        // Tool results must not erase answers the app gave meanwhile (addToolResult, approveToolCall).
        publish: (message) => publish(latest(message)),
        latest,
      });
    };
    const final = agentic ? await runAgent() : await runStep(history, base);
    const isCurrent = turn === current;
    if (isCurrent) turn = undefined;
    const error = final.metadata?.error;
    set((state) => ({
      messages: replaceMessage(state.messages, final),
      ...(isCurrent ? { status: error ? 'error' : 'idle', error } : {}),
    }));
    reportTurnEnd(opts, final, reported);
    const { status } = final;
    // Only a completed answer moves the queue on: after a failure or a stop the user decides (`resumeQueue`).
    // Calls still waiting for a result or approval must be answered before a user message may follow.
    if (isCurrent && !turn && status === 'complete' && allAnswered(final)) onAnswered();
    return status === 'streaming' ? 'complete' : status;
  };

  return {
    run(history, resumed, previous) {
      const result = start(history, resumed, previous);
      // `start` sets `turn` before its first wait.
      if (turn) turn.result = result;
      return result;
    },
    interrupt,
    // A turn being stopped still holds `turn` until it settles, but it no longer makes the chat busy.
    busy: () => turn !== undefined && !turn.controller.signal.aborted,
    active: () => turn,
  };
}
