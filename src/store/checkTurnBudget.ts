import type { ChatMessage, ChatTurnEnd, ToolCallPart } from '../message';
import { DEFAULT_AGENT_TURN_LIMITS, type AgentTurnLimits } from './ChatTool';

/**
 * Whether an agent turn may start another step, from the message alone (so a turn resumed after an
 * approval is held to the same budget): its steps (one plus its `step-start` parts, server-side steps
 * included, since each is a model call too), its output tokens (`metadata.usage`, summed over the steps
 * by the store) and the wall time since `startedAt`. Returns why it must end, or `undefined`.
 */
export function checkTurnBudget(message: ChatMessage, limits: AgentTurnLimits, startedAt: number, now = Date.now()): ChatTurnEnd | undefined {
  const { maxSteps, maxOutputTokensPerTurn, maxTurnMs } = { ...DEFAULT_AGENT_TURN_LIMITS, ...definedOf(limits) };
  let steps = 1;
  for (const part of message.parts) if (part.type === 'step-start') steps++;
  if (steps >= maxSteps) return 'max-steps';
  if ((message.metadata?.usage?.outputTokens ?? 0) >= maxOutputTokensPerTurn) return 'max-output-tokens';
  if (now - startedAt >= maxTurnMs) return 'max-duration';
  return undefined;
}

/**
 * The calls of the message's last step that complete a run of `maxRepeatedCalls` identical calls (same
 * tool, same arguments text) counted over the whole message: a model stuck calling the same thing.
 */
export function findRepeatedCalls(message: ChatMessage, limits: AgentTurnLimits): ToolCallPart[] {
  const { maxRepeatedCalls } = { ...DEFAULT_AGENT_TURN_LIMITS, ...definedOf(limits) };
  const looping: ToolCallPart[] = [];
  let previous: ToolCallPart | undefined;
  let run = 0;
  for (const part of message.parts) {
    // Only the last step's calls are returned; the run itself spans steps.
    if (part.type === 'step-start') looping.length = 0;
    if (part.type !== 'tool-call' || part.providerExecuted) continue;
    const same = previous !== undefined && previous.toolName === part.toolName && previous.argumentsText === part.argumentsText;
    run = same ? run + 1 : 1;
    previous = part;
    if (run >= maxRepeatedCalls) looping.push(part);
  }
  return looping;
}

// `{ maxSteps: undefined }` (an option spread from props) must not override a default.
const definedOf = (limits: AgentTurnLimits): AgentTurnLimits =>
  Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined)) as AgentTurnLimits;
