import type { ChatMessage } from '../../message';
import type { AgUiResumeEntry } from './AgUiRunAgentInput';

/**
 * The `resume` list of a run that continues an interrupted one (AG-UI spec 1.1 "Interrupts and
 * Resume"): when the conversation ends with the assistant message whose last step holds the calls the
 * interrupts asked about, one entry per decided call, answering the interrupt its `approval.id` names:
 * `{ status: 'resolved', payload: { approved: true } }`, or for a denial `{ approved: false, reason }`
 * (the spec puts a denial in the payload, not in the status). Empty otherwise, so no later request
 * answers the same interrupt twice: the resumed run's output starts a new step.
 *
 * A call still `'requested'` gets no entry: abandoning it is the person's choice, not the library's.
 */
export function toAgUiResume(messages: readonly ChatMessage[]): AgUiResumeEntry[] {
  const last = messages.at(-1);
  if (last?.role !== 'assistant') return [];
  const entries: AgUiResumeEntry[] = [];
  for (let index = last.parts.length - 1; index >= 0; index--) {
    const part = last.parts[index]!;
    if (part.type === 'step-start') break;
    const approval = part.type === 'tool-call' ? part.approval : undefined;
    if (approval?.id === undefined || approval.state === 'requested') continue;
    const payload = approval.state === 'approved' ? { approved: true } : { approved: false, ...(approval.reason !== undefined ? { reason: approval.reason } : {}) };
    entries.unshift({ interruptId: approval.id, status: 'resolved', payload });
  }
  return entries;
}
