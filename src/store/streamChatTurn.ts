import { openAIChatProtocol } from '../protocols/openai-chat/openAIChatProtocol';
import { awaitWithin } from '../sse/awaitWithin';
import { fetchEventStream } from '../sse/fetchEventStream';
import { DEFAULT_IDLE_TIMEOUT_MS } from '../sse/readEventStream';
import { buildChatRequest, toRequestInit } from './buildChatRequest';
import type { ChatMessage } from '../message';
import type { ChatStoreOptions } from './ChatStoreOptions';
import type { ChatTurn } from './createChatTurn';
import { hasTools } from './ChatTool';

/** What {@link streamChatTurn} needs for one turn. */
export interface StreamChatTurnInput {
  /** The options in force when the turn started (`fetch` may be an in-memory one: no socket is needed). */
  options: ChatStoreOptions;
  /** The conversation the request sends. */
  history: readonly ChatMessage[];
  /** The chat's id, for protocols that send one. */
  chatId: string;
  /** The agent state before the request, for protocols that send it. */
  agentState?: unknown;
  /** The turn's signal: stop, a newer turn, or unmount. An aborted turn ends `'stopped'`. */
  signal: AbortSignal;
}

/**
 * The transport of one turn: builds the request (request-time options may be async), sends it, and
 * feeds the answer, streamed or (from a server that ignored `stream: true`) whole, into `turn`.
 * Resolves when the answer has ended; rejects with what ended it early.
 *
 * Every wait is bounded by the turn's signal and by `idleTimeoutMs`, the wait for a hung `headers`,
 * `body` or `prepareRequest` included: nothing can cancel the user's promise, so it is abandoned.
 */
export async function streamChatTurn(turn: ChatTurn, { options, history, chatId, agentState, signal }: StreamChatTurnInput): Promise<void> {
  const context = { messages: history, chatId, agentState, signal };
  // Declaring tools loads with them (the agent loop has loaded it already): a chat without tools never needs it.
  const { tools } = options;
  const declared = hasTools(tools) ? (await import('./toToolDefinitions')).toToolDefinitions(tools) : undefined;
  const request = await awaitWithin(buildChatRequest(options, context, options.protocol ?? openAIChatProtocol, declared), {
    signal,
    timeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    what: 'Preparing the request (headers, body or prepareRequest)',
  });
  await fetchEventStream(request.url, toRequestInit(request, signal), {
    fetch: options.fetch,
    signal,
    idleTimeoutMs: options.idleTimeoutMs,
    maxEventBytes: options.maxEventBytes,
    retry: options.retry,
    onEvent: turn.decodeEvent,
    onCompletion: turn.decodeCompletion,
  });
}
