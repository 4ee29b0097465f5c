import type { ChatMessage } from '../message';

/**
 * What a message is doing, for every layer that shows it, read from its last part: `'waiting'` (the
 * answer or a new step began, nothing visible yet), `'reasoning'` (reasoning is arriving), `'streaming'`
 * (text, a refusal, a source, file or data is arriving), `'tool-calls'` (a tool call is arriving or
 * runs), then `'done'`, `'stopped'` or `'failed'`. A user or system message is always `'done'`.
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
  // What streams is the last part: parts are appended in the order they arrive.
  const last = message.parts[message.parts.length - 1];
  if (last === undefined) return 'waiting';
  switch (last.type) {
    case 'reasoning':
      return 'reasoning';
    case 'tool-call':
      return 'tool-calls';
    case 'step-start':
      return 'waiting';
    default:
      return 'streaming';
  }
}

/** Whether a phase is one of a message still arriving (`'waiting'` to `'tool-calls'`). */
export const isLivePhase = (phase: MessagePhase): boolean =>
  phase === 'waiting' || phase === 'reasoning' || phase === 'streaming' || phase === 'tool-calls';
