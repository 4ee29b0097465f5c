import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatPart, ToolCallPart } from '../../src/message';
import { checkTurnBudget, findRepeatedCalls } from '../../src/store/checkTurnBudget';
import { toToolDefinitions } from '../../src/store/toToolDefinitions';
import { validateToolArgs } from '../../src/store/validateToolArgs';

const call = (toolCallId: string, toolName: string, argumentsText: string): ToolCallPart => ({
  type: 'tool-call',
  toolCallId,
  toolName,
  argumentsText,
  args: JSON.parse(argumentsText) as unknown,
  state: 'ready',
});
const message = (parts: ChatPart[], outputTokens = 0): ChatMessage => ({
  id: 'm',
  role: 'assistant',
  parts,
  status: 'complete',
  metadata: { usage: { inputTokens: 0, outputTokens, totalTokens: outputTokens } },
});
const STEP: ChatPart = { type: 'step-start' };

describe('findRepeatedCalls', () => {
  it('counts a run across steps and returns only the last step’s calls that complete it', () => {
    const parts = [call('a', 's', '{"q":1}'), STEP, call('b', 's', '{"q":1}'), STEP, call('c', 's', '{"q":1}')];
    expect(findRepeatedCalls(message(parts), {}).map((found) => found.toolCallId)).toEqual(['c']);
    expect(findRepeatedCalls(message(parts), { maxRepeatedCalls: 4 })).toEqual([]);
  });

  it('restarts the run on another tool or other arguments text', () => {
    const parts = [call('a', 's', '{"q":1}'), STEP, call('b', 's', '{"q": 1}'), STEP, call('c', 's', '{"q":1}')];
    expect(findRepeatedCalls(message(parts), {})).toEqual([]);
    const other = [call('a', 's', '{}'), STEP, call('b', 't', '{}'), STEP, call('c', 's', '{}')];
    expect(findRepeatedCalls(message(other), { maxRepeatedCalls: 2 })).toEqual([]);
  });
});

describe('checkTurnBudget', () => {
  it('names the first budget spent, steps first', () => {
    const twoSteps = message([call('a', 's', '{}'), STEP, call('b', 's', '{}')], 50);
    expect(checkTurnBudget(twoSteps, { maxSteps: 2 }, 0, 0)).toBe('max-steps');
    expect(checkTurnBudget(twoSteps, { maxSteps: 3, maxOutputTokensPerTurn: 50 }, 0, 0)).toBe('max-output-tokens');
    expect(checkTurnBudget(twoSteps, { maxSteps: 3, maxTurnMs: 1_000 }, 0, 1_000)).toBe('max-duration');
    expect(checkTurnBudget(twoSteps, { maxSteps: 3 }, 0, 999)).toBeUndefined();
  });

  it('keeps the defaults for limits given as undefined, and Infinity disables one', () => {
    const tenSteps = message(Array.from({ length: 9 }, () => STEP));
    expect(checkTurnBudget(tenSteps, { maxSteps: undefined }, 0, 0)).toBe('max-steps');
    expect(checkTurnBudget(tenSteps, { maxSteps: Infinity }, 0, 0)).toBeUndefined();
    expect(checkTurnBudget(message([], 100_000), {}, 0, 0)).toBe('max-output-tokens');
    expect(checkTurnBudget(message([]), {}, 0, 5 * 60_000)).toBe('max-duration');
  });
});

describe('tool declarations and argument checks', () => {
  it('declares a Standard Schema through its JSON Schema converter when it has one', () => {
    const schema = {
      '~standard': {
        version: 1 as const,
        vendor: 'test',
        validate: (value: unknown) => ({ value }),
        jsonSchema: { input: () => ({ type: 'object', properties: { n: { type: 'number' } } }), output: () => ({}) },
      },
    };
    const throwing = { '~standard': { ...schema['~standard'], jsonSchema: { input: () => { throw new Error('unsupported'); }, output: () => ({}) } } };
    expect(toToolDefinitions({ a: { parameters: schema }, b: { parameters: throwing }, c: {} })).toEqual([
      { name: 'a', inputSchema: { type: 'object', properties: { n: { type: 'number' } } } },
      { name: 'b', inputSchema: { type: 'object' } },
      { name: 'c', inputSchema: { type: 'object' } },
    ]);
  });

  it('names the failing field of a nested JSON Schema error', async () => {
    const parameters = { type: 'object', properties: { where: { type: 'object', properties: { lat: { type: 'number' } } } } };
    const check = await validateToolArgs(call('x', 'locate', '{"where":{"lat":"north"}}'), { parameters });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.error).toMatch(/^Invalid arguments for locate: .*where\/lat/);
    expect(await validateToolArgs(call('y', 'locate', '{"where":{"lat":1}}'), { parameters })).toEqual({ ok: true, args: { where: { lat: 1 } } });
  });

  it('reports an async Standard Schema validator that throws as a check failure, not a crash', async () => {
    const parameters = { '~standard': { version: 1 as const, vendor: 'test', validate: () => Promise.reject(new Error('boom')) } };
    expect(await validateToolArgs(call('x', 't', '{}'), { parameters })).toEqual({ ok: false, error: 'Could not check the arguments of t: boom.' });
  });
});
