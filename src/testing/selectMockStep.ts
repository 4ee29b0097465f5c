import { createSeededRandom, randomId } from './createSeededRandom';
import type { MockWireFormat } from './formats/MockWireFormat';
import type { MockChatRequest } from './MockChatRequest';
import type { MockScenario, MockStep, MockToolCall } from './MockScenario';
import type { MockToolResult } from './readMockToolResults';

/** The response a request gets from a scenario: the step's fields over the shared ones. */
export interface MockSelectedStep {
  /** What to play, without `steps`. */
  scenario: MockScenario;
  /** The index of the step played; absent when the scenario has no steps. */
  step?: number;
}

const DEFAULT_SEED = 1;

/**
 * The calls of step `index` with their ids filled in: made up from the step's seed when not given, so
 * that the id a response streams is the id the next request's result is matched against.
 */
function callsWithIds(calls: readonly MockToolCall[] | undefined, seed: number, format: MockWireFormat): MockToolCall[] {
  // A generator of its own, apart from the response's: the ids must not depend on the text before the calls.
  const random = createSeededRandom(seed ^ 0x5eed);
  const prefix = format === 'anthropic' ? 'toolu_' : 'call_';
  return (calls ?? []).map((call) => (call.id === undefined ? { ...call, id: `${prefix}${randomId(random, 24)}` } : call));
}

/** Takes from `pool` the result answering `call`: by id, else (a result sent without id) by tool name. */
function takeResult(pool: MockToolResult[], call: MockToolCall): boolean {
  let index = pool.findIndex((result) => result.toolCallId === call.id);
  if (index < 0) index = pool.findIndex((result) => result.toolCallId === undefined && result.toolName === call.name);
  if (index < 0) return false;
  pool.splice(index, 1);
  return true;
}

/**
 * Picks the step of a multi-step scenario that answers `request` (see `MockStep`): the first whose tool
 * calls are not all answered by the request's results of the current turn. A scenario without `steps` is
 * returned as is. Pure: the same scenario, request and format give the same step.
 */
export function selectMockStep(scenario: MockScenario, request: MockChatRequest | undefined, format: MockWireFormat): MockSelectedStep {
  const { steps, ...whole } = scenario;
  if (steps === undefined || steps.length === 0) return { scenario: whole };
  // What is said and how it fails belongs to each step; only the delivery (timing, model, usage…) is shared.
  const { text: _text, reasoning: _reasoning, refusal: _refusal, toolCalls: _calls, finishReason: _finish, fault: _fault, ...shared } = whole;
  const baseSeed = shared.seed ?? DEFAULT_SEED;
  const played = steps.map((step: MockStep, index): MockScenario => {
    const seed = step.seed ?? baseSeed + index;
    const toolCalls = callsWithIds(step.toolCalls, seed, format);
    return { ...shared, ...step, seed, ...(toolCalls.length > 0 && { toolCalls }) };
  });
  const pool = [...(request?.toolResults ?? [])];
  let index = 0;
  while (index < played.length - 1) {
    const calls = played[index]?.toolCalls ?? [];
    if (calls.length === 0 || !calls.every((call) => takeResult(pool, call))) break;
    index++;
  }
  return { scenario: played[index]!, step: index };
}
