import { randomId, type SeededRandom } from './createSeededRandom';
import type { MockScenario, MockToolCall } from './MockScenario';
import { tokenizeMockText } from './tokenizeMockText';

/** The content of a scenario as one `delta` object per token. */
export interface MockContentDeltas {
  /** One delta per content token, in wire order. */
  deltas: object[];
  /** How many of them carry reasoning, for `completion_tokens_details.reasoning_tokens`. */
  reasoningTokens: number;
}

function argumentsText(call: MockToolCall): string {
  return typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
}

function pushToolCalls(scenario: MockScenario, random: SeededRandom, deltas: object[]): void {
  const calls = scenario.toolCalls ?? [];
  const whole = scenario.toolCallStyle === 'whole';
  // Ids are drawn before any argument is tokenized, so that an id does not change with the arguments.
  const ids = calls.map((call) => call.id ?? `call_${randomId(random, 24)}`);
  calls.forEach((call, index) => {
    const id = ids[index];
    const args = argumentsText(call);
    if (whole) {
      // Mistral's and Ollama's shape: no index and no type, the arguments complete in one delta.
      deltas.push({ tool_calls: [{ id, function: { name: call.name, arguments: args } }] });
      return;
    }
    deltas.push({ tool_calls: [{ index, id, type: 'function', function: { name: call.name, arguments: '' } }] });
    for (const piece of tokenizeMockText(args, random)) {
      deltas.push({ tool_calls: [{ index, function: { arguments: piece } }] });
    }
  });
}

/**
 * Tokenizes the scenario's reasoning, text, refusal and tool calls, in that order, into the deltas a
 * Chat Completions stream carries. Draws from `random` (tool call ids, word splits) and nothing else.
 */
export function createMockContentDeltas(scenario: MockScenario, random: SeededRandom): MockContentDeltas {
  const deltas: object[] = [];
  const reasoningField = scenario.reasoningField ?? 'reasoning_content';
  const reasoning = tokenizeMockText(scenario.reasoning ?? '', random);
  for (const token of reasoning) deltas.push({ [reasoningField]: token });
  for (const token of tokenizeMockText(scenario.text ?? '', random)) deltas.push({ content: token });
  for (const token of tokenizeMockText(scenario.refusal ?? '', random)) deltas.push({ refusal: token });
  pushToolCalls(scenario, random, deltas);
  return { deltas, reasoningTokens: reasoning.length };
}
