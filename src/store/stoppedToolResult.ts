import type { ChatMessage, ToolCallPart } from '../message';

// What `retry()`'s plan shares with the agent loop, in a module of its own so that the plan loads
// without the loop and its validator.

/** The error result of a call a stop cut short while its tool ran, which the model reads. */
export const stoppedToolResult = (toolName: string): string => `Stopped before ${toolName} finished.`;

/** Whether a stop cut the call short while its tool ran: `retry()` runs it again. */
export const wasCutShort = (call: ToolCallPart): boolean => call.isError === true && call.result === stoppedToolResult(call.toolName);

/** The client tool-call parts after the message's last `step-start`. */
export function lastStepCalls(message: ChatMessage): ToolCallPart[] {
  const from = message.parts.findLastIndex((part) => part.type === 'step-start');
  return message.parts.slice(from + 1).filter((part): part is ToolCallPart => part.type === 'tool-call' && !part.providerExecuted);
}
