import type { ChatMessage } from '../message';
import { toStreamError, type ChatTurn } from './createChatTurn';
import type { ChatStreamError } from '../sse/ChatStreamError';
import { streamChatTurn, type StreamChatTurnInput } from './streamChatTurn';

/**
 * Runs a whole turn on `turn`: request → fetch with retry → decode → accumulate → flush → finish.
 * Never rejects: the returned final message carries the outcome (`'complete'`, `'stopped'` or
 * `'error'` with its `ChatStreamError`).
 */
export async function runChatTurn(turn: ChatTurn, input: StreamChatTurnInput): Promise<ChatMessage> {
  let failure: ChatStreamError | undefined;
  try {
    await streamChatTurn(turn, input);
  } catch (error) {
    failure = toStreamError(error);
  }
  return turn.finish({ stopped: input.signal.aborted, failure });
}
