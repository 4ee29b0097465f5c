'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { getToolCalls, type ToolCallPart } from '../../message';
import { useMessage } from './messageContext';
import { Primitive, withContent } from '../internal/Primitive';
import { ToolCallArguments, ToolCallName, ToolCallResult, ToolCallRoot } from '../tool-call/toolCallParts';
import { ToolCallContext } from '../tool-call/toolCallContext';

/** Props of {@link MessageToolCalls}. */
export interface MessageToolCallsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Renders one call (it is also in context for `ToolCall.*` parts). Wins over `children`. */
  render?: (call: ToolCallPart, index: number) => ReactNode;
  /**
   * Parts (`ToolCall.*`) rendered once per call with that call in context; by default `ToolCall.Root`
   * with its name, arguments and result. With `asChild`, the element to render as instead.
   */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`, appending the calls to it. */
  asChild?: boolean;
}

const defaultCall = (
  <ToolCallRoot>
    <ToolCallName />
    <ToolCallArguments />
    <ToolCallResult />
  </ToolCallRoot>
);

/**
 * All the tool calls of an assistant message in one group, rendered only when there are some: a `div`
 * with `data-count`. To show each call where it happened between text and reasoning, use
 * `Message.Parts` (its `Part.ToolCall`).
 */
export const MessageToolCalls = forwardRef<HTMLDivElement, MessageToolCallsProps>(function MessageToolCalls(
  { render, children, asChild, ...props },
  ref,
) {
  const toolCalls = getToolCalls(useMessage('Message.ToolCalls'));
  if (toolCalls.length === 0) return null;
  const template = asChild || children === undefined ? defaultCall : children;
  const calls = toolCalls.map((call, index) => (
    <ToolCallContext.Provider key={call.toolCallId} value={call}>
      {render ? render(call, index) : template}
    </ToolCallContext.Provider>
  ));
  return (
    <Primitive.div asChild={asChild} data-count={toolCalls.length} {...props} ref={ref}>
      {withContent(asChild, children, calls)}
    </Primitive.div>
  );
});
