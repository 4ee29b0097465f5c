'use client';
import { forwardRef, useId, type ReactNode } from 'react';
import {
  formatToolValue,
  Message,
  ToolCall,
  useLabels,
  useToolCall,
  useToolCallActions,
  type MessagePartProps,
  type MessageToolCallsProps,
  type ToolCallRootProps,
} from '../headless';
import type { ToolApproval, ToolCallPart } from '../message';
import { cx } from './cx';
import { ToolIcon } from './icons';

function ResultBody({ result, isError }: { result: unknown; isError: boolean }) {
  const labels = useLabels();
  return (
    <>
      <span className="rcs-tool-call__caption">{isError ? labels.toolError : labels.toolResult}</span>
      <pre className="rcs-tool-call__code">{formatToolValue(result)}</pre>
    </>
  );
}

const renderResult = (result: unknown, call: ToolCallPart) => <ResultBody result={result} isError={call.isError === true} />;

/** The approval step as a pill: waiting for a person, approved, or denied (with the reason given). */
function ApprovalPill({ approval }: { approval: ToolApproval }) {
  const labels = useLabels();
  return (
    <span className="rcs-tool-call__approval" data-approval={approval.state}>
      {labels.toolApprovalState(approval.state)}
      {approval.reason ? <span className="rcs-tool-call__approval-reason">{approval.reason}</span> : null}
    </span>
  );
}

/**
 * `ToolCall.Approve` and `ToolCall.Deny` for a call waiting for a person, answered through the chat's
 * store; a card shown outside a chat has no store to answer and no buttons. The buttons are named after
 * the tool: with several calls waiting, "Approve" alone does not say which one.
 */
function ApprovalButtons({ call }: { call: ToolCallPart }) {
  const actions = useToolCallActions(call);
  if (!actions?.awaitingApproval) return null;
  return (
    <div className="rcs-tool-call__decision">
      <ToolCall.Approve className="rcs-button rcs-tool-call__approve" />
      <ToolCall.Deny className="rcs-button" />
    </div>
  );
}

/** The inside of a card; a component of its own because it reads the call from `ToolCall.Root`. */
function ToolCallCardBody({ nameId, children }: { nameId: string; children?: ReactNode }) {
  const call = useToolCall('StyledToolCallCard');
  const labels = useLabels();
  return (
    <>
      <div className="rcs-tool-call__header">
        <ToolIcon className="rcs-icon rcs-tool-call__icon" />
        <ToolCall.Name id={nameId} className="rcs-tool-call__name" />
        <span className="rcs-tool-call__badge" data-state={call.state} aria-hidden>
          {labels.toolCallState(call.state)}
        </span>
        <ToolCall.Status className="rcs-visually-hidden" />
      </div>
      <span className="rcs-tool-call__caption">{call.state === 'invalid' ? labels.toolArgumentsRaw : labels.toolArguments}</span>
      <ToolCall.Arguments className="rcs-tool-call__code rcs-tool-call__args" />
      {call.state === 'invalid' ? (
        <p className="rcs-tool-call__error">
          {labels.toolInvalidArguments(call.parseError)}
        </p>
      ) : null}
      {call.approval ? <ApprovalPill approval={call.approval} /> : null}
      <ApprovalButtons call={call} />
      <ToolCall.Result className="rcs-tool-call__result" data-error={call.isError ? '' : undefined} render={renderResult} />
      {children}
    </>
  );
}

/** Props of {@link StyledToolCallCard}: those of `ToolCall.Root` except `asChild`. */
export type StyledToolCallCardProps = Omit<ToolCallRootProps, 'asChild'>;

/**
 * One tool call as a card, `rcs-tool-call`: the tool's name, a state badge (`Streaming`, `Ready`,
 * `Invalid`; styled through `data-state`), the arguments pretty-printed live as they stream, the
 * raw text and the parse error when the final arguments are not JSON, the approval step when the
 * call needs one (`Awaiting approval` with Approve and Deny buttons, then `Approved` or `Denied` and
 * the reason), and the result once
 * there is one, captioned `Error` and tinted when the tool reported a failure (`isError`). A
 * `role="group"` named by the tool; the buttons are named after it ("Approve get_weather"), the
 * arguments are a group named "Arguments of get_weather", and a visually hidden `ToolCall.Status`
 * announces each change of status once, politely. Works inside `Message.ToolCalls` or alone with `call`.
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

/** Props of {@link StyledToolCallPart}: what `Message.Parts` gives a tool-call part, and the card's own props. */
export interface StyledToolCallPartProps
  extends Omit<StyledToolCallCardProps, 'call' | 'part'>,
    Pick<MessagePartProps<ToolCallPart>, 'part'>,
    Partial<Omit<MessagePartProps<ToolCallPart>, 'part'>> {}

/** A tool-call part as a `StyledToolCallCard`, in its place among the other parts of a styled message. */
export const StyledToolCallPart = forwardRef<HTMLDivElement, StyledToolCallPartProps>(function StyledToolCallPart(
  { part, index: _index, streaming: _streaming, messageRole: _role, ...props },
  ref,
) {
  return <StyledToolCallCard call={part} data-part="tool-call" {...props} ref={ref} />;
});
