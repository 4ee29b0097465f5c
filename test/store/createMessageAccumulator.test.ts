import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/store/ChatMessage';
import { createMessageAccumulator } from '../../src/store/createMessageAccumulator';

const base: ChatMessage = { id: 'a1', role: 'assistant', content: '', status: 'streaming', timing: { startedAt: 1 } };

describe('createMessageAccumulator choices', () => {
  it('keeps choices in a sparse map: an index past the array range is neither lost nor walked to', () => {
    const accumulator = createMessageAccumulator(base, () => 2);
    accumulator.apply({ type: 'text', choice: 2 ** 32, delta: 'far' });
    accumulator.apply({ type: 'text', choice: 0, delta: 'main' });
    accumulator.apply({ type: 'text', choice: 3, delta: 'near' });
    accumulator.apply({ type: 'finish', choice: 2 ** 32, reason: 'stop' });

    const message = accumulator.snapshot();
    expect(message.content).toBe('main');
    expect(message.choices).toEqual([
      { index: 3, content: 'near' },
      { index: 2 ** 32, content: 'far', finishReason: 'stop' },
    ]);
  });

  it('builds the extra choices in index order whatever order they arrived in', () => {
    const accumulator = createMessageAccumulator(base, () => 2);
    for (const choice of [9, 1, 5]) accumulator.apply({ type: 'text', choice, delta: `c${choice}` });
    expect(accumulator.finalize('complete').choices?.map((choice) => choice.index)).toEqual([1, 5, 9]);
  });

  it('leaves out choices when only choice 0 streamed', () => {
    const accumulator = createMessageAccumulator(base, () => 2);
    accumulator.apply({ type: 'text', choice: 0, delta: 'only' });
    expect(accumulator.snapshot()).not.toHaveProperty('choices');
  });
});
