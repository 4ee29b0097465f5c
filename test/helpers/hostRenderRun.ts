import { afterEach } from 'vitest';
import type { ChatStore } from '../../src/store/createChatStore';
import type { ChatStatus } from '../../src/store/ChatState';
import { startMockChatServer } from '../../src/testing/node/index';
import { waitForState } from './chatStoreHarness';

/** Forty words, sent one token at a time, so the answer spans many flushes of the store. */
export const longAnswer = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');

/** Render counters a test component bumps from its render body. */
export interface RenderCounts {
  host: number;
  row: number;
}

/** What the store published while the answer streamed, to compare render counts against. */
export interface StoreLog {
  /** Published states in which the last message changed: the flushes a streaming row must follow. */
  rowFlushes: number;
  /** The statuses in publication order, consecutive repeats dropped (`idle` at the start included). */
  statuses: ChatStatus[];
}

/**
 * Starts, for each test, the testing kit's mock server on 127.0.0.1 answering {@link longAnswer} at
 * 150 tokens per second (a few hundred milliseconds, so a streaming row sees many animation frames),
 * and returns its Chat Completions endpoint. Closed after the test.
 */
export function answerServerForEachTest(): () => Promise<string> {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  return async () => {
    const server = await startMockChatServer({ scenario: { text: longAnswer, tokensPerSecond: 150 } });
    closers.push(() => server.close());
    return server.endpoint;
  };
}

/**
 * Sends one message on `store` and resolves, once the answer is complete and the chat idle again, with
 * what the store published meanwhile.
 */
export async function streamOneAnswer(store: ChatStore): Promise<StoreLog> {
  const log: StoreLog = { rowFlushes: 0, statuses: [store.getState().status] };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.messages.at(-1) !== previous.messages.at(-1)) log.rowFlushes++;
    if (state.status !== log.statuses.at(-1)) log.statuses.push(state.status);
  });
  try {
    void store.send('Tell me a long story');
    await waitForState(store, (state) => state.status === 'idle' && state.messages.at(-1)?.status === 'complete', 'the complete answer', 10_000);
  } finally {
    unsubscribe();
  }
  return log;
}
