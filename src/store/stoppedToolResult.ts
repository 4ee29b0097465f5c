import type { ToolCallPart } from '../message';

/**
 * The error result of a call a stop cut short while its tool ran, which the model reads. Its own
 * module so that `retry()`'s plan can recognise one without loading the agent loop and its validator.
 */
export const stoppedToolResult = (toolName: string): string => `Stopped before ${toolName} finished.`;

/** Whether a stop cut the call short while its tool ran: `retry()` runs it again. */
export const wasCutShort = (call: ToolCallPart): boolean => call.isError === true && call.result === stoppedToolResult(call.toolName);
