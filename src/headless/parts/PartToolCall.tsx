'use client';
import { forwardRef } from 'react';
import type { ToolCallPart } from '../../message';
import { ToolCallArguments, ToolCallName, ToolCallResult, ToolCallRoot, type ToolCallRootProps } from '../tool-call/toolCallParts';
import { ToolCallApprove, ToolCallDeny } from '../tool-call/ToolCallDecision';
import { ToolCallStatus } from '../tool-call/ToolCallStatus';
import type { MessagePartProps } from './MessagePartProps';

/** Props of {@link PartToolCall}: the part and those of `ToolCall.Root` (children replace the default parts). */
export interface PartToolCallProps
  extends Omit<ToolCallRootProps, 'call' | 'part'>,
    Pick<MessagePartProps<ToolCallPart>, 'part'>,
    Partial<Omit<MessagePartProps<ToolCallPart>, 'part'>> {}

/**
 * A tool-call part: a `ToolCall.Root` for the call with `data-part="tool-call"` (and the root's
 * `data-state`, `data-tool-name`, `data-has-result`, `data-error`, `data-approval`), holding its
 * `ToolCall.Name`, `ToolCall.Status` (announced politely once per change), `ToolCall.Arguments`,
 * `ToolCall.Approve` and `ToolCall.Deny` (only while it awaits approval) and `ToolCall.Result` unless given other children.
 */
export const PartToolCall = forwardRef<HTMLDivElement, PartToolCallProps>(function PartToolCall(
  { part, streaming: _streaming, messageRole: _role, index: _index, children, ...props },
  ref,
) {
  return (
    <ToolCallRoot call={part} data-part="tool-call" {...props} ref={ref}>
      {children ?? (
        <>
          <ToolCallName />
          <ToolCallStatus />
          <ToolCallArguments />
          <ToolCallApprove />
          <ToolCallDeny />
          <ToolCallResult />
        </>
      )}
    </ToolCallRoot>
  );
});
