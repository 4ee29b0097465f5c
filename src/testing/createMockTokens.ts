import { randomId, type SeededRandom } from './createSeededRandom';
import type { MockToken } from './formats/MockFrameWriter';
import type { MockScenario, MockToolCall } from './MockScenario';
import { tokenizeMockText } from './tokenizeMockText';

/** The content of a scenario as format-free tokens. */
export interface MockTokens {
  /** One entry per content token, in wire order. */
  tokens: MockToken[];
  /** How many of them carry reasoning, for the usage's reasoning tokens. */
  reasoningTokens: number;
}

/** How a format carries tool calls. */
export interface MockTokenOptions {
  /** Each call as one token with its complete arguments (Gemini; Chat Completions' `'whole'` style). */
  wholeToolCalls: boolean;
  /** The prefix of made-up call ids: `call_` for OpenAI, `toolu_` for Anthropic. */
  toolCallIdPrefix: string;
}

function argumentsText(call: MockToolCall): string {
  return typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
}

/**
 * Tokenizes the scenario's reasoning, text, refusal and tool calls, in that order. Draws from `random`
 * (tool call ids, word splits) and nothing else, in the same order for every format, so that one seed
 * gives the same pieces of text in each.
 */
export function createMockTokens(scenario: MockScenario, random: SeededRandom, options: MockTokenOptions): MockTokens {
  const tokens: MockToken[] = [];
  const reasoning = tokenizeMockText(scenario.reasoning ?? '', random);
  for (const text of reasoning) tokens.push({ type: 'reasoning', text });
  for (const text of tokenizeMockText(scenario.text ?? '', random)) tokens.push({ type: 'text', text });
  for (const text of tokenizeMockText(scenario.refusal ?? '', random)) tokens.push({ type: 'refusal', text });

  const calls = scenario.toolCalls ?? [];
  // Ids are drawn before any argument is tokenized, so that an id does not change with the arguments.
  const ids = calls.map((call) => call.id ?? `${options.toolCallIdPrefix}${randomId(random, 24)}`);
  calls.forEach((call, index) => {
    const id = ids[index] ?? '';
    const args = argumentsText(call);
    if (options.wholeToolCalls) return void tokens.push({ type: 'tool-call', index, id, name: call.name, arguments: args });
    tokens.push({ type: 'tool-call-start', index, id, name: call.name });
    for (const text of tokenizeMockText(args, random)) tokens.push({ type: 'tool-call-args', index, text });
  });
  return { tokens, reasoningTokens: reasoning.length };
}
