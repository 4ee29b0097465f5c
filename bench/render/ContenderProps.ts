import type { BenchMessage } from './conversation';

/** The endpoint every contender posts to; the mock fetch answers any URL. */
export const BENCH_API = '/v1/chat/completions';

/** Sends the question and resolves when the answer has ended. */
export type StartStream = (question: string) => Promise<unknown>;

/** What the harness gives each contender page. */
export interface ContenderProps {
  /** The earlier conversation, shown before the stream starts. */
  initialMessages: BenchMessage[];
  /** The mock `fetch` playing the answer (the same bytes, at the same pace, for every contender). */
  fetch: typeof globalThis.fetch;
  /** Called once after mount with the contender's way to start the stream. Stable. */
  onReady(start: StartStream): void;
}
