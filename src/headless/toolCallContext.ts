'use client';
import type { ToolCall } from '../store/ChatMessage';
import { createPartContext } from './createPartContext';

const toolCallPart = createPartContext<ToolCall>('`ToolCall.Root` (or `Message.ToolCalls`)');

/** The tool call a `ToolCall.*` part shows; provided by `Message.ToolCalls` and `ToolCall.Root call`. */
export const ToolCallContext = toolCallPart.Context;

/** The enclosing tool call; throws outside one. */
export function useToolCall(consumer = 'useToolCall'): ToolCall {
  return toolCallPart.use(consumer);
}
