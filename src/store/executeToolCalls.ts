import type { ChatMessage, ChatPart, ToolCallPart } from '../message';
import type { AgentTurnLimits, ChatTool } from './ChatTool';
import { findRepeatedCalls } from './checkTurnBudget';
import { lastStepCalls, stoppedToolResult } from './stoppedToolResult';
import { validateToolArgs } from './validateToolArgs';

/** What {@link executeToolCalls} needs. */
export interface ExecuteToolCallsInput {
  /** The assistant message whose last step's calls are to be answered. */
  message: ChatMessage;
  /** The conversation before it. */
  history: readonly ChatMessage[];
  tools: Readonly<Record<string, ChatTool>>;
  limits: AgentTurnLimits;
  /** The turn's signal: aborting it aborts every running `execute`. */
  signal: AbortSignal;
  /** When the turn's wall time (`maxTurnMs`) runs out, in epoch ms: a tool still running then is given up. */
  deadline: number;
  /** Receives the message each time a call changed (a result, an approval request). */
  onUpdate(message: ChatMessage): void;
}

/** What answering a step's calls left: the message, and whether the turn must end or wait. */
export interface ToolCallsOutcome {
  message: ChatMessage;
  /** A call repeated `maxRepeatedCalls` times in a row: it was answered with an error, not run. */
  loop: boolean;
  /** A terminal tool returned a result. */
  terminal: boolean;
  /** A tool was still running at the deadline: it was aborted and answered with an error. */
  timedOut: boolean;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Answers the client calls of the last step that have no result yet, all at once: arguments that are
 * malformed or fail the schema, a tool that throws, and a call stopped mid-run or still running at the
 * deadline get an error result the model reads; a call needing approval is marked `approval: { state:
 * 'requested' }` and left waiting, as is a tool without `execute` (the app answers it). A call approved earlier runs without
 * being asked again. Never rejects.
 */
export async function executeToolCalls(input: ExecuteToolCallsInput): Promise<ToolCallsOutcome> {
  const { tools, signal, onUpdate } = input;
  let message = input.message;
  let terminal = false;
  let timedOut = false;
  const update = (toolCallId: string, patch: Partial<Omit<ToolCallPart, 'isError'>> & { isError?: boolean }) => {
    const parts = message.parts.map((part): ChatPart => {
      if (part.type !== 'tool-call' || part.toolCallId !== toolCallId) return part;
      const next = { ...part, ...patch } as ToolCallPart;
      if (!patch.isError) delete next.isError;
      return next;
    });
    message = { ...message, parts };
    onUpdate(message);
  };

  const repeated = new Set(findRepeatedCalls(message, input.limits).map((call) => call.toolCallId));
  const pending = lastStepCalls(message).filter(
    (call) => call.result === undefined && call.state !== 'streaming' && Object.hasOwn(tools, call.toolName) && call.approval?.state !== 'requested',
  );
  for (const call of pending) {
    if (repeated.has(call.toolCallId)) update(call.toolCallId, { result: `Not run: ${call.toolName} was called with the same arguments ${input.limits.maxRepeatedCalls ?? 3} times in a row.`, isError: true });
  }

  const run = async (call: ToolCallPart): Promise<void> => {
    const tool = tools[call.toolName]!;
    const check = await validateToolArgs(call, tool);
    if (!check.ok) return update(call.toolCallId, { result: check.error, isError: true });
    if (call.approval?.state !== 'approved') {
      try {
        const needed = typeof tool.needsApproval === 'function' ? await tool.needsApproval(check.args) : tool.needsApproval === true;
        if (needed) return update(call.toolCallId, { approval: { state: 'requested' } });
      } catch (error) {
        return update(call.toolCallId, { result: `Could not decide whether ${call.toolName} needs approval: ${errorText(error)}`, isError: true });
      }
    }
    if (!tool.execute || signal.aborted) return;
    // The tool's own signal fires on a stop and at the turn's deadline; a tool that ignores it must not
    // hold the turn open, so either one answers for it.
    const controller = new AbortController();
    let overtime = false;
    let onAbort = () => {};
    const ended = new Promise<{ ended: true }>((resolve) => {
      onAbort = () => {
        controller.abort(signal.reason);
        resolve({ ended: true });
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
    const timer = setTimeout(() => {
      overtime = true;
      onAbort();
    }, Math.min(Math.max(input.deadline - Date.now(), 0), 2 ** 31 - 1));
    const endedText = () =>
      overtime ? `${call.toolName} did not finish within the turn's time budget.` : stoppedToolResult(call.toolName);
    const context = { signal: controller.signal, toolCallId: call.toolCallId, messages: [...input.history, message] };
    try {
      const outcome = await Promise.race([Promise.resolve(tool.execute(check.args, context)).then((value) => ({ value })), ended]);
      if ('ended' in outcome) return update(call.toolCallId, { result: endedText(), isError: true });
      update(call.toolCallId, { result: outcome.value === undefined ? null : outcome.value, isError: false });
      if (tool.terminal) terminal = true;
    } catch (error) {
      update(call.toolCallId, { result: controller.signal.aborted ? endedText() : `${call.toolName} failed: ${errorText(error)}`, isError: true });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (overtime) timedOut = true;
    }
  };
  await Promise.all(pending.filter((call) => !repeated.has(call.toolCallId)).map(run));
  return { message, loop: repeated.size > 0, terminal, timedOut };
}
