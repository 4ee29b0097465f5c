'use client';
import { createContext, useContext } from 'react';
import type { ToolCall } from '../store/ChatMessage';

/** The tool call a `ToolCall.*` part shows; provided by `Message.ToolCalls` and `ToolCall.Root call`. */
export const ToolCallContext = createContext<ToolCall | null>(null);

/** The enclosing tool call; throws outside one. */
export function useToolCall(consumer = 'useToolCall'): ToolCall {
  const call = useContext(ToolCallContext);
  if (!call) throw new Error(`${consumer} must be used within <ToolCall.Root> (or <Message.ToolCalls>).`);
  return call;
}
