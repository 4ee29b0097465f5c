'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useOptionalChatStore } from '../../react/ChatProvider';
import { composeEventHandlers } from '../internal/composeRefs';
import { outsideRootError } from '../internal/createPartContext';
import { Primitive } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';
import { useToolCall } from './toolCallContext';

/** Props of `ToolCall.Approve` and `ToolCall.Deny`. */
export interface ToolCallDecisionProps extends ComponentPropsWithoutRef<'button'> {
  /** Renders the child element instead of a `button`, merging props onto it. */
  asChild?: boolean;
}

function createDecisionButton(name: string, decision: 'approve' | 'deny') {
  const DecisionButton = forwardRef<HTMLButtonElement, ToolCallDecisionProps>(function ToolCallDecision(
    { asChild, children, onClick, ...props },
    ref,
  ) {
    const store = useOptionalChatStore();
    const call = useToolCall(name);
    const labels = useLabels();
    if (call.approval?.state !== 'requested') return null;
    // Checked only when the button shows: a tool-call view outside a chat is fine until it must act.
    if (!store) throw outsideRootError(name, '`Chat.Root`');
    const approve = decision === 'approve';
    return (
      <Primitive.button
        asChild={asChild}
        type="button"
        aria-label={approve ? labels.approveToolCall(call.toolName) : labels.denyToolCall(call.toolName)}
        data-decision={decision}
        {...props}
        onClick={composeEventHandlers(onClick, () => {
          void (approve ? store.approveToolCall(call.toolCallId) : store.denyToolCall(call.toolCallId));
        })}
        ref={ref}
      >
        {children ?? (approve ? labels.toolApprove : labels.toolDeny)}
      </Primitive.button>
    );
  });
  DecisionButton.displayName = name;
  return DecisionButton;
}

/**
 * Approves the call (`approveToolCall`), rendered only while it waits for approval (`approval.state`
 * is `'requested'`): a `button` with `data-decision="approve"`, named after the tool. Needs `Chat.Root`.
 */
export const ToolCallApprove = createDecisionButton('ToolCall.Approve', 'approve');

/**
 * Denies the call (`denyToolCall`, no reason; call the store yourself to give one), rendered only
 * while it waits for approval: a `button` with `data-decision="deny"`. Needs `Chat.Root`.
 */
export const ToolCallDeny = createDecisionButton('ToolCall.Deny', 'deny');
