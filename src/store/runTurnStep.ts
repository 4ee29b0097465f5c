import type { ChatMessage } from '../message';
import type { ChatStoreOptions } from './ChatStoreOptions';
import { createChatTurn, type ChatTurn, type ChatTurnOptions } from './createChatTurn';
import { runChatTurn } from './runChatTurn';

/** What one step (one request) of a turn needs. */
export interface TurnStepInput {
  /** The options in force when the turn started. */
  options: ChatStoreOptions;
  /** The conversation the request sends. */
  history: readonly ChatMessage[];
  /** The assistant message the answer is folded into (empty, or earlier steps and a `step-start`). */
  base: ChatMessage;
  /** The chat's id. */
  chatId: string;
  /** The agent state before the request. */
  agentState: unknown;
  /** The turn's signal. */
  signal: AbortSignal;
  /** Receives the streaming message; see `ChatTurnOptions.onUpdate`. */
  onUpdate: ChatTurnOptions['onUpdate'];
  /** Receives transient data parts, already guarded against throwing. */
  onData?: ChatTurnOptions['onData'];
  /** Receives the step's decode unit as soon as it exists, so a stop can flush what it holds. */
  onStart(turn: ChatTurn): void;
}

/**
 * Sends one request of a turn and streams its answer into `base`. Never rejects: the final message
 * carries the outcome, and `state` the agent state the answer left, if it set one.
 */
export async function runTurnStep(input: TurnStepInput): Promise<{ message: ChatMessage; state: { value: unknown } | undefined }> {
  const { options, signal } = input;
  const chatTurn = createChatTurn({
    message: input.base,
    decoder: options.protocol?.createDecoder,
    decoderContext: { state: input.agentState },
    throttle: options.throttle,
    onData: input.onData,
    onUpdate: input.onUpdate,
  });
  input.onStart(chatTurn);
  // Each request gets its own signal: fetch leaves its abort listener on the signal it was given, so
  // one signal shared by every step of a long turn would collect them.
  const step = new AbortController();
  const forward = () => step.abort(signal.reason);
  if (signal.aborted) forward();
  else signal.addEventListener('abort', forward, { once: true });
  try {
    const message = await runChatTurn(chatTurn, { options, history: input.history, chatId: input.chatId, agentState: input.agentState, signal: step.signal });
    return { message, state: chatTurn.takeState() };
  } finally {
    signal.removeEventListener('abort', forward);
  }
}
