import type { ChatMessage, ChatPart, ChatTurnEnd, ChatUsage } from '../message';
import type { ChatStoreOptions } from './ChatStoreOptions';
import { DEFAULT_AGENT_TURN_LIMITS, hasTools } from './ChatTool';
import { checkTurnBudget } from './checkTurnBudget';
import { executeToolCalls } from './executeToolCalls';
import { lastStepCalls } from './stoppedToolResult';

/** What {@link runAgentTurn} needs; the store supplies the transport and the publishing. */
export interface AgentTurnInput {
  /** The options in force when the turn started. */
  options: ChatStoreOptions;
  /** The conversation before the assistant message. */
  history: readonly ChatMessage[];
  /** The assistant message: an empty one to stream into, or (with `resume`) one whose calls were answered. */
  message: ChatMessage;
  /** Start by answering the last step's calls (after an approval, a denial or a result), not by a request. */
  resume?: boolean;
  /**
   * Retrying a step whose request broke: `message` ends with that step's `step-start`, and this is the
   * message as its request sends it (the steps before). The first request is that step's, not a new turn's.
   */
  previous?: ChatMessage;
  /** The turn's signal. */
  signal: AbortSignal;
  /** Sends one request for `history` and streams it into `base`; resolves with the step's final message. */
  runStep(history: readonly ChatMessage[], base: ChatMessage): Promise<ChatMessage>;
  /** Publishes the message between steps (tool results, approval requests). */
  publish(message: ChatMessage): void;
  /** The message with the answers the app gave meanwhile (`addToolResult` while tools ran). */
  latest(message: ChatMessage): ChatMessage;
}

const addUsage = (a: ChatUsage | undefined, b: ChatUsage | undefined): ChatUsage | undefined => {
  if (!a || !b) return a ?? b;
  const sum: ChatUsage = { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens, totalTokens: a.totalTokens + b.totalTokens };
  if (a.reasoningTokens !== undefined || b.reasoningTokens !== undefined) sum.reasoningTokens = (a.reasoningTokens ?? 0) + (b.reasoningTokens ?? 0);
  if (a.cachedInputTokens !== undefined || b.cachedInputTokens !== undefined) sum.cachedInputTokens = (a.cachedInputTokens ?? 0) + (b.cachedInputTokens ?? 0);
  return sum;
};

// A server that marks its own step boundaries (AI SDK `start-step`) repeats the one the store added.
const withoutEmptySteps = (parts: ChatPart[]): ChatPart[] =>
  parts.filter((part, index) => part.type !== 'step-start' || parts[index - 1]?.type !== 'step-start');

/** Whether every client call of the last step is answered, so the model can be asked again. */
function readyToContinue(message: ChatMessage, options: ChatStoreOptions): boolean {
  const calls = lastStepCalls(message);
  // A server-side approval is answered once decided: the server runs (or skips) the tool itself.
  const answered = calls.every((call) => call.result !== undefined || (call.approval?.state === 'approved' && !options.tools?.[call.toolName]?.execute));
  return calls.length > 0 && answered;
}

const ended = (message: ChatMessage, turnEnd: ChatTurnEnd): ChatMessage => ({ ...message, metadata: { ...message.metadata, turnEnd } });

/**
 * Runs an agent turn as one assistant message: a step (one request), then the client tools of that
 * step (validated, approved, executed), then, once every call has its result, the next step on the same
 * message after a `step-start` part, until the model answers without calls, a call waits for a person
 * or the app, or a budget, the loop guard or a terminal tool ends it (`metadata.turnEnd`, status
 * `'complete'`). Without `tools` only the first step runs (and, on `resume`, one more). A stopped
 * turn never continues. Usage is summed over the steps. Never rejects.
 */
export async function runAgentTurn(input: AgentTurnInput): Promise<ChatMessage> {
  const { options, history, signal } = input;
  const startedAt = Date.now();
  const deadline = startedAt + (options.maxTurnMs ?? DEFAULT_AGENT_TURN_LIMITS.maxTurnMs);
  const step = async (base: ChatMessage, previous: readonly ChatMessage[]): Promise<ChatMessage> => {
    const usage = base.metadata?.usage;
    const metadata = { ...base.metadata };
    delete metadata.usage;
    const final = await input.runStep(previous, { ...base, metadata });
    const total = addUsage(usage, final.metadata?.usage);
    return { ...final, parts: withoutEmptySteps(final.parts), metadata: { ...final.metadata, ...(total ? { usage: total } : {}) } };
  };

  const first = input.previous ? [...history, input.previous] : history;
  let message = input.resume ? input.message : await step(input.message, first);
  let resumed = input.resume === true;
  while (message.status === 'complete' && !signal.aborted) {
    const tools = options.tools;
    if (hasTools(tools)) {
      let outcome;
      // Approvals given while the step's other tools ran are taken up before the turn pauses.
      do {
        outcome = await executeToolCalls({ message, history, tools, limits: options, signal, deadline, onUpdate: input.publish });
        message = input.latest(outcome.message);
        if (signal.aborted) return { ...message, status: 'stopped' };
        if (outcome.loop) return ended(message, 'loop');
        if (outcome.terminal) return ended(message, 'terminal-tool');
        if (outcome.timedOut) return ended(message, 'max-duration');
      } while (lastStepCalls(message).some((call) => call.approval?.state === 'approved' && call.result === undefined && tools[call.toolName]?.execute));
    } else if (!resumed) return message;
    resumed = false;
    if (!readyToContinue(message, options)) return message;
    const budget = checkTurnBudget(message, options, startedAt);
    if (budget) return ended(message, budget);
    message = await step({ ...message, parts: [...message.parts, { type: 'step-start' }], status: 'streaming' }, [...history, message]);
  }
  return message;
}
