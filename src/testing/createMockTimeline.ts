import { createMockContentDeltas } from './createMockContentDeltas';
import { createMockErrorObject } from './createMockErrorBody';
import { createMockFrameWriter, MOCK_DONE_FRAME } from './createMockFrameWriter';
import { createMockUsage } from './createMockUsage';
import { createSeededRandom, randomId } from './createSeededRandom';
import type { MockChatRequest } from './MockChatRequest';
import type { MockScenario } from './MockScenario';

/** One wire frame and how long to wait before sending it, after the previous one. */
export interface MockTimedFrame {
  data: string;
  delayMs: number;
}

/** How a mock body ends after its last byte: cleanly, by a dead connection, or not at all until aborted. */
export type MockStreamEnd = 'close' | 'drop' | 'stall';

/** The frames of a streamed (non-HTTP-error) mock response, with their timing and ending. */
export interface MockTimeline {
  frames: MockTimedFrame[];
  end: MockStreamEnd;
  /** Wait after the last frame before ending (a dropped connection dies when the next token was due). */
  endDelayMs: number;
}

/** 2025-01-01T00:00:00Z: a fixed `created`, because a clock would make the frames differ on each run. */
export const MOCK_CREATED = 1_735_689_600;
const DEFAULT_TOKENS_PER_SECOND = 60;
const DEFAULT_SEED = 1;

function modelOf(scenario: MockScenario, request: MockChatRequest | undefined): string {
  const requested = (request?.body as { model?: unknown } | undefined)?.model;
  return scenario.model ?? (typeof requested === 'string' && requested !== '' ? requested : 'mock-model');
}

/**
 * Builds the frames of a mock response in wire order, with a delay before each: the assistant role frame
 * (after `firstTokenDelayMs`) with the first token, one frame per content token (at `tokensPerSecond`, with
 * `jitter`), then the finish frame, the usage frame and `data: [DONE]`. A fault other than `'http'` cuts
 * the content after `afterTokens` tokens and replaces the rest with its own ending. Pure: the same
 * scenario and request give the same timeline. `'http'` faults are not streams; they get the full answer.
 */
export function createMockTimeline(scenario: MockScenario, request?: MockChatRequest): MockTimeline {
  const random = createSeededRandom(scenario.seed ?? DEFAULT_SEED);
  const writer = createMockFrameWriter(`chatcmpl-mock${randomId(random, 20)}`, scenario.created ?? MOCK_CREATED, modelOf(scenario, request));
  const { deltas, reasoningTokens } = createMockContentDeltas(scenario, random);

  const tokensPerSecond = scenario.tokensPerSecond ?? DEFAULT_TOKENS_PER_SECOND;
  const interval = tokensPerSecond > 0 && Number.isFinite(tokensPerSecond) ? 1000 / tokensPerSecond : 0;
  const jitter = Math.min(1, Math.max(0, scenario.jitter ?? 0));
  const firstDelay = Math.max(0, scenario.firstTokenDelayMs ?? 0);
  const nextDelay = (): number => interval * (1 + jitter * (2 * random() - 1));

  const fault = scenario.fault?.type === 'http' ? undefined : scenario.fault;
  const sent = fault === undefined ? deltas.length : Math.min(deltas.length, Math.max(0, fault.afterTokens ?? deltas.length));
  const frames: MockTimedFrame[] = [];
  if (sent > 0 || fault === undefined) frames.push({ data: writer.delta({ role: 'assistant', content: '' }), delayMs: firstDelay });
  for (let i = 0; i < sent; i++) {
    const delayMs = nextDelay();
    // The first token rides with the role frame, as real servers send them back to back.
    frames.push({ data: writer.delta(deltas[i] as object), delayMs: i === 0 ? 0 : delayMs });
  }
  const dueDelay = sent === 0 ? firstDelay : nextDelay();

  if (fault === undefined) {
    const reason = scenario.finishReason ?? ((scenario.toolCalls?.length ?? 0) > 0 ? 'tool_calls' : 'stop');
    frames.push({ data: writer.delta({}, reason), delayMs: 0 });
    const usage = scenario.usage ?? true;
    if (usage !== false) {
      const explicit = usage === true ? {} : usage;
      frames.push({ data: writer.usage(createMockUsage(explicit, deltas.length, reasoningTokens, request)), delayMs: 0 });
    }
    frames.push({ data: MOCK_DONE_FRAME, delayMs: 0 });
    return { frames, end: 'close', endDelayMs: 0 };
  }
  if (fault.type === 'error-frame') {
    const error = { ...createMockErrorObject(500, fault.message), type: fault.errorType ?? 'server_error', code: fault.code ?? null };
    frames.push({ data: writer.error(error), delayMs: dueDelay }, { data: MOCK_DONE_FRAME, delayMs: 0 });
    return { frames, end: 'close', endDelayMs: 0 };
  }
  if (fault.type === 'no-done') return { frames, end: 'close', endDelayMs: 0 };
  return { frames, end: fault.type, endDelayMs: fault.type === 'drop' ? dueDelay : 0 };
}
