'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ToolCall } from '../store/ChatMessage';
import { useMessage } from './messageContext';
import { ToolCallArguments, ToolCallName, ToolCallResult, ToolCallRoot } from './toolCallParts';
import { ToolCallContext } from './toolCallContext';

/** Props of {@link MessageToolCalls}. */
export interface MessageToolCallsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * What to render per call: a function of the call, or parts (`ToolCall.*`) rendered once per call
   * with that call in context. By default `ToolCall.Root` with its name, arguments and result.
   */
  children?: ((call: ToolCall, index: number) => ReactNode) | ReactNode;
}

const defaultCall = (
  <ToolCallRoot>
    <ToolCallName />
    <ToolCallArguments />
    <ToolCallResult />
  </ToolCallRoot>
);

/** The tool calls of an assistant message, rendered only when there are some; a `div` with `data-count`. */
export const MessageToolCalls = forwardRef<HTMLDivElement, MessageToolCallsProps>(function MessageToolCalls(
  { children, ...props },
  ref,
) {
  const { toolCalls } = useMessage('Message.ToolCalls');
  if (!toolCalls?.length) return null;
  const template = children === undefined || typeof children === 'function' ? defaultCall : children;
  const render = typeof children === 'function' ? children : () => template;
  return (
    <div data-count={toolCalls.length} {...props} ref={ref}>
      {toolCalls.map((call, index) => (
        <ToolCallContext.Provider key={call.id} value={call}>
          {render(call, index)}
        </ToolCallContext.Provider>
      ))}
    </div>
  );
});
