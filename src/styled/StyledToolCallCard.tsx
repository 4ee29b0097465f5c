'use client';
import { forwardRef, useId, type ReactNode } from 'react';
import { formatToolValue, Message, ToolCall, useLabels, useToolCall, type MessageToolCallsProps, type ToolCallRootProps } from '../headless';
import { cx } from './cx';
import { ToolIcon } from './icons';

function ResultBody({ result }: { result: unknown }) {
  const labels = useLabels();
  return (
    <>
      <span className="rcs-tool-call__caption">{labels.toolResult}</span>
      <pre className="rcs-tool-call__code">{formatToolValue(result)}</pre>
    </>
  );
}

const renderResult = (result: unknown) => <ResultBody result={result} />;

/** The inside of a card; a component of its own because it reads the call from `ToolCall.Root`. */
function ToolCallCardBody({ nameId, children }: { nameId: string; children?: ReactNode }) {
  const call = useToolCall('StyledToolCallCard');
  const labels = useLabels();
  return (
    <>
      <div className="rcs-tool-call__header">
        <ToolIcon className="rcs-icon rcs-tool-call__icon" />
        <ToolCall.Name id={nameId} className="rcs-tool-call__name" />
        <span className="rcs-tool-call__badge" data-state={call.state}>
          {labels.toolCallState(call.state)}
        </span>
      </div>
      <span className="rcs-tool-call__caption">{call.state === 'invalid' ? labels.toolArgumentsRaw : labels.toolArguments}</span>
      <ToolCall.Arguments className="rcs-tool-call__code rcs-tool-call__args" />
      {call.state === 'invalid' ? (
        <p className="rcs-tool-call__error">
          {labels.toolInvalidArguments(call.parseError)}
        </p>
      ) : null}
      <ToolCall.Result className="rcs-tool-call__result" render={renderResult} />
      {children}
    </>
  );
}

/** Props of {@link StyledToolCallCard}: those of `ToolCall.Root` except `asChild`. */
export type StyledToolCallCardProps = Omit<ToolCallRootProps, 'asChild'>;

/**
 * One tool call as a card, `rcs-tool-call`: the function name, a state badge (`Streaming`, `Ready`,
 * `Invalid`; styled through `data-state`), the arguments pretty-printed live as they stream, the
 * raw text and the parse error when the final arguments are not JSON, and the result once there is
 * one. A `role="group"` named by the function. Works inside `Message.ToolCalls` or alone with `call`.
 * Children are appended to the card.
 */
export const StyledToolCallCard = forwardRef<HTMLDivElement, StyledToolCallCardProps>(function StyledToolCallCard(
  { className, children, ...props },
  ref,
) {
  const nameId = useId();
  return (
    <ToolCall.Root
      className={cx('rcs-tool-call rcs-theme', className)}
      role="group"
      aria-labelledby={nameId}
      {...props}
      ref={ref}
    >
      <ToolCallCardBody nameId={nameId}>{children}</ToolCallCardBody>
    </ToolCall.Root>
  );
});

/** Props of {@link StyledToolCalls}: those of `Message.ToolCalls`. */
export type StyledToolCallsProps = MessageToolCallsProps;

/**
 * The tool calls of the enclosing assistant message, `rcs-tool-calls`, one `StyledToolCallCard`
 * each; rendered only when there are some. Children (`ToolCall.*` parts) or `render` replace the card.
 */
export const StyledToolCalls = forwardRef<HTMLDivElement, StyledToolCallsProps>(function StyledToolCalls(
  { className, children, ...props },
  ref,
) {
  return (
    <Message.ToolCalls className={cx('rcs-tool-calls rcs-theme', className)} {...props} ref={ref}>
      {children ?? <StyledToolCallCard />}
    </Message.ToolCalls>
  );
});
