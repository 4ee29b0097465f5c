'use client';
import type { ToolCallPart } from '../../message';
import { createPartContext } from '../internal/createPartContext';

const toolCallPart = createPartContext<ToolCallPart>('`ToolCall.Root` (or `Message.ToolCalls`)');

/** The tool call a `ToolCall.*` part shows; provided by `ToolCall.Root` (which `Message.ToolCalls` and `Part.ToolCall` render). */
export const ToolCallContext = toolCallPart.Context;

/** The enclosing tool call, or `null` outside one (`ToolCall.Root` can also be given one). */
export function useOptionalToolCall(): ToolCallPart | null {
  return toolCallPart.useOptional();
}

/** The enclosing tool call; throws outside one. */
export function useToolCall(consumer = 'useToolCall'): ToolCallPart {
  return toolCallPart.use(consumer);
}
