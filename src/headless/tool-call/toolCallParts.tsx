'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ToolCallPart } from '../../message';
import { outsideRootError } from '../internal/createPartContext';
import { formatToolValue } from './formatToolValue';
import { ToolCallContext, useOptionalToolCall, useToolCall } from './toolCallContext';
import { Primitive, withContent } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';

/** Props of {@link ToolCallRoot}. */
export interface ToolCallRootProps extends ComponentPropsWithoutRef<'div'> {
  /** The call to show; not needed inside `Message.ToolCalls`, which provides each call. */
  call?: ToolCallPart;
  /** Renders the child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * One tool call: a `div` with `data-state` (`streaming` | `ready` | `invalid`), `data-tool-name`,
 * `data-has-result` once it has a result, `data-error` when that result is an error the tool reported,
 * `data-approval` (`requested` | `approved` | `denied`) for a call that needs approval, and
 * `data-provider-executed` for a tool the provider ran itself.
 */
export const ToolCallRoot = forwardRef<HTMLDivElement, ToolCallRootProps>(function ToolCallRoot(
  { call: given, asChild, ...props },
  ref,
) {
  const fromContext = useOptionalToolCall();
  const call = given ?? fromContext;
  if (!call) throw outsideRootError('ToolCall.Root', '`Message.ToolCalls` (or be given a `call`)');
  return (
    <ToolCallContext.Provider value={call}>
      <Primitive.div
        asChild={asChild}
        data-state={call.state}
        data-tool-name={call.toolName}
        data-has-result={call.result === undefined ? undefined : ''}
        data-error={call.isError ? '' : undefined}
        data-approval={call.approval?.state}
        data-provider-executed={call.providerExecuted ? '' : undefined}
        {...props}
        ref={ref}
      />
    </ToolCallContext.Provider>
  );
});

/** Props of {@link ToolCallName}. */
export interface ToolCallNameProps extends ComponentPropsWithoutRef<'span'> {
  /** Renders the child element instead of a `span`. */
  asChild?: boolean;
}

/** The called tool's name, in a `span` (children replace it). */
export const ToolCallName = forwardRef<HTMLSpanElement, ToolCallNameProps>(function ToolCallName(
  { asChild, children, ...props },
  ref,
) {
  const call = useToolCall('ToolCall.Name');
  return (
    <Primitive.span asChild={asChild} {...props} ref={ref}>
      {children ?? call.toolName}
    </Primitive.span>
  );
});

/** Props of {@link ToolCallArguments}. */
export interface ToolCallArgumentsProps extends Omit<ComponentPropsWithoutRef<'pre'>, 'children'> {
  /** Renders the (partial while streaming) arguments and the call. */
  render?: (args: unknown, call: ToolCallPart) => ReactNode;
  /** With `asChild`, the element to render as (the arguments are appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `pre`. */
  asChild?: boolean;
}

/**
 * The call's arguments in a `pre` with `data-state`: live from the partial parse while they stream,
 * the parsed value once `ready`, and the raw text when the final text was `invalid` JSON. A
 * `role="group"` named "Arguments of get_weather" (`labels.toolArgumentsOf`); `aria-hidden` while
 * streaming, like every part whose text grows token by token.
 */
export const ToolCallArguments = forwardRef<HTMLPreElement, ToolCallArgumentsProps>(function ToolCallArguments(
  { render, children, asChild, ...props },
  ref,
) {
  const call = useToolCall('ToolCall.Arguments');
  const labels = useLabels();
  let body: ReactNode;
  if (render) body = render(call.args, call);
  else if (call.state === 'invalid' || call.args === undefined) body = formatToolValue(call.argumentsText);
  else body = formatToolValue(call.args);
  return (
    <Primitive.pre
      asChild={asChild}
      data-state={call.state}
      role="group"
      aria-label={labels.toolArgumentsOf(call.toolName)}
      aria-hidden={call.state === 'streaming' || undefined}
      {...props}
      ref={ref}
    >
      {withContent(asChild, children, body)}
    </Primitive.pre>
  );
});

/** Props of {@link ToolCallResult}. */
export interface ToolCallResultProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Renders the result and the call. */
  render?: (result: unknown, call: ToolCallPart) => ReactNode;
  /** With `asChild`, the element to render as (the result is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * The call's result (given through `addToolResult` or streamed by the server), rendered only once
 * there is one; `data-error` when the tool reported an error.
 */
export const ToolCallResult = forwardRef<HTMLDivElement, ToolCallResultProps>(function ToolCallResult(
  { render, children, asChild, ...props },
  ref,
) {
  const call = useToolCall('ToolCall.Result');
  if (call.result === undefined) return null;
  return (
    <Primitive.div asChild={asChild} data-error={call.isError ? '' : undefined} {...props} ref={ref}>
      {withContent(asChild, children, render ? render(call.result, call) : formatToolValue(call.result))}
    </Primitive.div>
  );
});
