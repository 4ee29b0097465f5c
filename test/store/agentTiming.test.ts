import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/message';
import { createChatStore } from '../../src/store/createChatStore';
import { createMessageAccumulator } from '../../src/store/createMessageAccumulator';
import { completion } from '../helpers/openaiFrames';
import { writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { toolCallAnswer } from './agentFrames';

const serve = serveForEachTest();

describe('timing of an agent turn', () => {
  it('a later step keeps the first token of the first step, and rates its tokens over its own streaming time', () => {
    let clock = 500;
    const earlier: ChatMessage = {
      id: 'a1',
      role: 'assistant',
      status: 'streaming',
      parts: [{ type: 'text', text: 'Checking.' }, { type: 'step-start' }],
      metadata: { timing: { startedAt: 100, firstTokenAt: 150 } },
    };
    const accumulator = createMessageAccumulator(earlier, { now: () => clock });
    accumulator.apply({ type: 'text', choice: 0, delta: 'Sunny.' });
    expect(accumulator.snapshot().metadata?.timing).toStrictEqual({ startedAt: 100, firstTokenAt: 150 });
    accumulator.apply({ type: 'usage', usage: { inputTokens: 5, outputTokens: 10, totalTokens: 15 } });
    accumulator.apply({ type: 'finish', choice: 0, reason: 'stop' });
    clock = 1_500;
    // 10 tokens between this step's first token (500) and its end (1500).
    expect(accumulator.end().metadata?.timing).toStrictEqual({ startedAt: 100, firstTokenAt: 150, endedAt: 1_500, tokensPerSecond: 10 });
  });

  it('over a loopback server: the turn’s first token is the first step’s, before the tool ran', async () => {
    const s = await serve((_req, res, index) => writeSse(res, index === 0 ? toolCallAnswer('call_1', 'wait', '{}') : completion(['Done.'])));
    let toolStartedAt = 0;
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      tools: {
        wait: {
          execute: async () => {
            toolStartedAt = Date.now();
            await new Promise((resolve) => setTimeout(resolve, 25));
            return 'ok';
          },
        },
      },
    });
    const sentAt = Date.now();
    expect(await store.send('Go')).toBe('complete');

    expect(s.requests).toBe(2);
    const timing = store.getState().messages.at(-1)!.metadata!.timing!;
    expect(toolStartedAt).toBeGreaterThan(0);
    expect(timing.startedAt).toBeGreaterThanOrEqual(sentAt);
    expect(timing.firstTokenAt).toBeGreaterThanOrEqual(timing.startedAt);
    // The second step streamed only after the tool's 25 ms: a first token from it would come after this.
    expect(timing.firstTokenAt).toBeLessThanOrEqual(toolStartedAt);
    expect(timing.endedAt).toBeGreaterThanOrEqual(toolStartedAt + 25);
  });
});
