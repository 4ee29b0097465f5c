import { afterEach, describe, expect, it, vi } from 'vitest';
import { getToolCalls } from '../../src/message';
import type { MockScenario, MockScenarioResolver } from '../../src/testing/index';
import { createResearchChat, describeTurnEnd } from '../../examples/agent/researchChat';
import { mockUpstreamForEachTest } from './startReadmeBackend';

const startUpstream = mockUpstreamForEachTest();
afterEach(() => {
  vi.restoreAllMocks();
});

/** Asks the research chat one question against the mock model; returns the turn's message and the requests made. */
async function ask(resolve: MockScenarioResolver) {
  const upstream = await startUpstream(resolve);
  const chat = createResearchChat(`${upstream.url}/chat/completions`);
  const result = await chat.send('What do the docs say?');
  const message = chat.getState().messages[1]!;
  return { result, message, calls: getToolCalls(message), requests: upstream.requests.length };
}

/** Each request gets one more search (fresh id) and never an answer: only the client can end the turn. */
const searching =
  (query: (step: number) => string, extra: MockScenario = {}): MockScenarioResolver =>
  (request) => {
    const step = request.toolResults.length;
    return { tokensPerSecond: 0, ...extra, steps: [{ toolCalls: [{ name: 'search_docs', arguments: { query: query(step) }, id: `call_${step}` }] }, { text: 'unreached' }] };
  };

describe('README Tools and agents: budgets (examples/agent/researchChat.ts)', () => {
  it('ends a turn that keeps searching after maxSteps requests', async () => {
    const { result, message, calls, requests } = await ask(searching((step) => `page ${step}`));
    expect(result).toBe('complete');
    expect(message.metadata?.turnEnd).toBe('max-steps');
    expect(describeTurnEnd(message)).toBe('Stopped after 5 steps.');
    expect(requests).toBe(5);
    expect(calls).toHaveLength(5);
    expect(message.metadata?.error).toBeUndefined();
  });

  it('ends a turn that repeats the same call (the repeat is answered with an error, not run)', async () => {
    const { message, calls, requests } = await ask(searching(() => 'tools'));
    expect(message.metadata?.turnEnd).toBe('loop');
    expect(describeTurnEnd(message)).toBe('Stopped: the assistant repeated the same search.');
    expect(requests).toBe(2);
    expect(calls.map((call) => [call.result, call.isError ?? false])).toEqual([
      [['Client tools'], false],
      [expect.any(String), true],
    ]);
  });

  it('ends a turn once its steps report maxOutputTokensPerTurn', async () => {
    const { message, requests } = await ask(searching((step) => `page ${step}`, { usage: { promptTokens: 10, completionTokens: 5_000 } }));
    expect(message.metadata?.turnEnd).toBe('max-output-tokens');
    expect(message.metadata?.usage?.outputTokens).toBe(10_000);
    expect(requests).toBe(2);
  });

  it('ends a turn that outlives maxTurnMs', async () => {
    const realNow = Date.now.bind(Date);
    let skipped = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + skipped);
    const slowModel = searching((step) => `page ${step}`);
    // The first answer "takes" 61 s: the clock jumps while the server is answering it.
    const { message, requests } = await ask((request) => {
      skipped = 61_000;
      return slowModel(request);
    });
    expect(message.metadata?.turnEnd).toBe('max-duration');
    expect(describeTurnEnd(message)).toBe('Stopped: this answer took over a minute.');
    expect(requests).toBe(1);
  });

  it('ends the turn with the terminal tool, without asking the model again', async () => {
    const { message, calls, requests } = await ask(() => ({
      tokensPerSecond: 0,
      steps: [
        { toolCalls: [{ name: 'search_docs', arguments: { query: 'budget' }, id: 'call_s' }] },
        { toolCalls: [{ name: 'final_answer', arguments: { answer: 'See "Budgets and loops".' }, id: 'call_f' }] },
        { text: 'unreached' },
      ],
    }));
    expect(message.metadata?.turnEnd).toBe('terminal-tool');
    expect(describeTurnEnd(message)).toBe('Answered.');
    expect(calls.map((call) => call.result)).toEqual([['Budgets and loops'], 'See "Budgets and loops".']);
    expect(requests).toBe(2);
  });

  it('says nothing when the model finishes by itself', async () => {
    const { message } = await ask(() => ({ tokensPerSecond: 0, text: 'The docs cover streaming and tools.' }));
    expect(message.metadata?.turnEnd).toBeUndefined();
    expect(describeTurnEnd(message)).toBeUndefined();
  });
});
