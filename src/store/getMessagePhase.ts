import type { ChatMessage } from './ChatMessage';

/**
 * What a message is doing, for every layer that shows it: `'waiting'` (the answer began, nothing
 * visible yet), `'reasoning'` (only reasoning so far), `'streaming'` (text or a refusal is arriving),
 * `'tool-calls'` (tool calls are arriving), then `'done'`, `'stopped'` or `'failed'`. A user, system or
 * tool message is always `'done'`.
 */
export type MessagePhase = 'waiting' | 'reasoning' | 'streaming' | 'tool-calls' | 'done' | 'stopped' | 'failed';

/**
 * The phase of a message, derived from the message alone so that it is the same wherever it is
 * read. Pure and O(1): rows call it on every render.
 */
export function getMessagePhase(message: ChatMessage): MessagePhase {
  switch (message.status) {
    case 'complete':
      return 'done';
    case 'stopped':
      return 'stopped';
    case 'error':
      return 'failed';
  }
  // Tool calls come after any text in a Chat Completions answer, so once one arrives it is what streams.
  if (message.toolCalls?.length) return 'tool-calls';
  if (message.content !== '' || message.refusal) return 'streaming';
  return message.reasoning ? 'reasoning' : 'waiting';
}

/** Whether a phase is one of a message still arriving (`'waiting'` to `'tool-calls'`). */
export const isLivePhase = (phase: MessagePhase): boolean =>
  phase === 'waiting' || phase === 'reasoning' || phase === 'streaming' || phase === 'tool-calls';
