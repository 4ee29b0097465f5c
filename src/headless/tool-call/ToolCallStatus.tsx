'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { ToolCallPart } from '../../message';
import { Primitive } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';
import { useToolCall } from './toolCallContext';

/**
 * Where a tool call stands, as one word for people: its arguments still stream, are `invalid`, it
 * `awaiting-approval` or was `denied`, it is `running` (no result yet), `complete`, or ended in an
 * `error` the tool reported.
 */
export type ToolCallStatus = 'streaming' | 'invalid' | 'awaiting-approval' | 'denied' | 'running' | 'complete' | 'error';

/** The status of `call`; see {@link ToolCallStatus}. */
export function getToolCallStatus(call: ToolCallPart): ToolCallStatus {
  if (call.approval?.state === 'denied') return 'denied';
  if (call.result !== undefined) return call.isError ? 'error' : 'complete';
  if (call.state !== 'ready') return call.state;
  return call.approval?.state === 'requested' ? 'awaiting-approval' : 'running';
}

/** Props of {@link ToolCallStatus}. */
export interface ToolCallStatusProps extends ComponentPropsWithoutRef<'span'> {
  /** Renders the child element instead of a `span`. */
  asChild?: boolean;
}

/**
 * The call's status in a `span` with `role="status"` and `data-status`, reading "get_weather:
 * running" (`labels.toolCallStatus`; children replace it). A polite live region whose text changes
 * only when the status does, never per token, so each step is announced once. Hide it visually if
 * the card shows the status another way.
 */
export const ToolCallStatus = forwardRef<HTMLSpanElement, ToolCallStatusProps>(function ToolCallStatus(
  { asChild, children, ...props },
  ref,
) {
  const call = useToolCall('ToolCall.Status');
  const labels = useLabels();
  const status = getToolCallStatus(call);
  return (
    <Primitive.span asChild={asChild} role="status" data-status={status} {...props} ref={ref}>
      {children ?? labels.toolCallStatus(call.toolName, status)}
    </Primitive.span>
  );
});
