import { getToolCalls, type ChatMessage } from '../message';
import type { ChatStoreOptions } from './ChatStoreOptions';
import { callSafely } from './ChatStoreContext';

/**
 * Tells the app how a turn ended: `onToolCall` for each call left to it, then `onError` and `onFinish`.
 * `reported` holds the calls already handed over (`"<messageId> <toolCallId>"`), since a turn resumed
 * after an approval ends with the same unanswered calls and each is the app's once.
 */
export function reportTurnEnd(options: ChatStoreOptions, final: ChatMessage, reported: Set<string>): void {
  if (final.status === 'complete' && options.onToolCall) {
    for (const call of getToolCalls(final)) {
      const key = `${final.id} ${call.toolCallId}`;
      if (call.state !== 'ready' || call.result !== undefined || call.providerExecuted || call.approval || reported.has(key)) continue;
      reported.add(key);
      callSafely(() => options.onToolCall?.(call, final));
    }
  }
  const error = final.metadata?.error;
  if (error) callSafely(() => options.onError?.(error, final));
  callSafely(() => options.onFinish?.(final));
}
