import type { EmitStreamPart } from '../StreamDecoder';
import type { AgUiEvent } from './AgUiEvent';
import { emitAgUiData, malformedEvent, nonEmptyString, sumAgUiUsage, usageModel } from './agUiFields';
import type { AgUiToolCalls } from './createAgUiToolCalls';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The approvals a `RUN_FINISHED` asks for (AG-UI interrupts, spec 1.1 "Interrupts and Resume"). A run
 * that stops to ask ends with `outcome: { type: 'interrupt', interrupts }`; each interrupt that names a
 * `toolCallId` becomes that call's approval request (`approval: { state: 'requested', id }`, the id
 * being the interrupt's, which the resume entry must repeat), with the whole interrupt (its `message`,
 * `responseSchema`, `metadata`) kept on the call's `providerData.interrupt` for the UI. So a server's
 * interrupt is answered with the same `approveToolCall` / `denyToolCall` as a client tool's approval.
 *
 * An interrupt bound to no call (`input_required`, `confirmation`) has no call to wait on: it reaches
 * the app only through the transient `ag-ui-run-finished` data part. An interrupt outcome without a
 * non-empty `interrupts` list, or an interrupt without a string `id`, could never be answered, so it
 * is a `'protocol'` error.
 */
function emitAgUiInterrupts(event: AgUiEvent, tools: AgUiToolCalls, emit: EmitStreamPart): void {
  const outcome = event.outcome;
  if (!isObject(outcome) || outcome.type !== 'interrupt') return;
  const interrupts = outcome.interrupts;
  if (!Array.isArray(interrupts) || interrupts.length === 0) throw malformedEvent(event, 'an interrupt outcome needs a non-empty "interrupts" array');
  interrupts.forEach((interrupt: unknown, index) => {
    if (!isObject(interrupt) || nonEmptyString(interrupt.id) === undefined) throw malformedEvent(event, `interrupt ${index} has no string "id"`);
  });
  for (const interrupt of interrupts as Record<string, unknown>[]) {
    const toolCallId = nonEmptyString(interrupt.toolCallId);
    if (toolCallId === undefined) continue;
    tools.interrupt(toolCallId, interrupt, emit);
    emit({ type: 'tool-approval', choice: 0, toolCallId, approvalId: interrupt.id as string });
  }
}

/**
 * `RUN_FINISHED`: the summed usage, the model when the usage names one, the run's result and outcome
 * (a transient `ag-ui-run-finished` data part), the approvals its interrupts ask for, the finish (the
 * outcome's type, `'success'` when absent) and the end.
 */
export function finishAgUiRun(event: AgUiEvent, tools: AgUiToolCalls, emit: EmitStreamPart): void {
  const usage = sumAgUiUsage(event.usage);
  if (usage) emit({ type: 'usage', usage });
  const model = usageModel(event.usage);
  if (model !== undefined) emit({ type: 'metadata', model });
  const outcome = event.outcome as { type?: unknown } | null | undefined;
  if (event.result !== undefined || outcome !== undefined) emitAgUiData('ag-ui-run-finished', { result: event.result, outcome }, emit);
  emitAgUiInterrupts(event, tools, emit);
  const reason = typeof outcome === 'object' && outcome !== null ? nonEmptyString(outcome.type) : undefined;
  emit({ type: 'finish', choice: 0, reason: reason ?? 'success' });
  emit({ type: 'done' });
}
