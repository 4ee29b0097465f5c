'use client';
import type { ToolCall } from '../../store/ChatMessage';
import { createPartContext } from '../internal/createPartContext';

const toolCallPart = createPartContext<ToolCall>('`ToolCall.Root` (or `Message.ToolCalls`)');

/** The tool call a `ToolCall.*` part shows; provided by `Message.ToolCalls` and `ToolCall.Root call`. */
export const ToolCallContext = toolCallPart.Context;

/** The enclosing tool call, or `null` outside one (`ToolCall.Root` can also be given one). */
export function useOptionalToolCall(): ToolCall | null {
  return toolCallPart.useOptional();
}

/** The enclosing tool call; throws outside one. */
export function useToolCall(consumer = 'useToolCall'): ToolCall {
  return toolCallPart.use(consumer);
}
