import { createMockFrameWriter } from './createMockFrameWriter';
import { createMockTokens } from './createMockTokens';
import { createMockUsage } from './createMockUsage';
import { createSeededRandom, randomId } from './createSeededRandom';
import type { MockWireFormat } from './formats/MockWireFormat';
import type { MockChatRequest } from './MockChatRequest';
import type { MockScenario } from './MockScenario';

/** One wire frame and how long to wait before sending it, after the previous one. */
export interface MockTimedFrame {
  data: string;
  delayMs: number;
}

/** How a mock body ends after its last byte: cleanly, by a dead connection, or not at all until aborted. */
export type MockStreamEnd = 'close' | 'drop' | 'stall';

/** The frames of a streamed (non-HTTP-error) mock response, with their timing, ending and headers. */
export interface MockTimeline {
  frames: MockTimedFrame[];
  end: MockStreamEnd;
  /** Wait after the last frame before ending (a dropped connection dies when the next token was due). */
  endDelayMs: number;
  /** The response headers of the format. */
  headers: Readonly<Record<string, string>>;
}

/** 2025-01-01T00:00:00Z: a fixed `created`, because a clock would make the frames differ on each run. */
export const MOCK_CREATED = 1_735_689_600;
const DEFAULT_TOKENS_PER_SECOND = 60;
const DEFAULT_SEED = 1;

// Gemini names the model in the path (`/v1beta/models/gemini-2.5-flash:streamGenerateContent`), not the body.
const MODEL_IN_PATH = /\/models\/([^/:?#]+):\w+/;

function modelOf(scenario: MockScenario, request: MockChatRequest | undefined): string {
  const requested = (request?.body as { model?: unknown } | undefined)?.model ?? MODEL_IN_PATH.exec(request?.url ?? '')?.[1];
  return scenario.model ?? (typeof requested === 'string' && requested !== '' ? requested : 'mock-model');
}

/**
 * Builds the frames of a mock response in `format`, in wire order, with a delay before each: the opening
 * frames (after `firstTokenDelayMs`) with the first token, each token's frames (at `tokensPerSecond`, with
 * `jitter`), then the ending (finish reason, usage, terminator). A fault other than `'http'` cuts the
 * content after `afterTokens` tokens and replaces the rest with its own ending. Pure: the same scenario,
 * request and format give the same timeline. `'http'` faults are not streams; they get the full answer.
 */
export function createMockTimeline(scenario: MockScenario, request?: MockChatRequest, format: MockWireFormat = 'openai-chat'): MockTimeline {
  const random = createSeededRandom(scenario.seed ?? DEFAULT_SEED);
  const id = randomId(random, 20);
  const whole = format === 'gemini' || (format === 'openai-chat' && scenario.toolCallStyle === 'whole');
  const { tokens, reasoningTokens } = createMockTokens(scenario, random, { wholeToolCalls: whole, toolCallIdPrefix: format === 'anthropic' ? 'toolu_' : 'call_' });
  const usage = scenario.usage ?? true;
  const writer = createMockFrameWriter(format, {
    id,
    created: scenario.created ?? MOCK_CREATED,
    model: modelOf(scenario, request),
    scenario,
    usage: usage === false ? undefined : createMockUsage(usage === true ? {} : usage, tokens.length, reasoningTokens, request),
    request,
  });

  const tokensPerSecond = scenario.tokensPerSecond ?? DEFAULT_TOKENS_PER_SECOND;
  const interval = tokensPerSecond > 0 && Number.isFinite(tokensPerSecond) ? 1000 / tokensPerSecond : 0;
  const jitter = Math.min(1, Math.max(0, scenario.jitter ?? 0));
  const firstDelay = Math.max(0, scenario.firstTokenDelayMs ?? 0);
  const nextDelay = (): number => interval * (1 + jitter * (2 * random() - 1));

  const frames: MockTimedFrame[] = [];
  // A group that writes no frame passes its wait on to the next frame, so that timing never depends on the format.
  let carried = 0;
  const push = (group: string[], delayMs: number): void => {
    carried += delayMs;
    for (const data of group) {
      frames.push({ data, delayMs: carried });
      carried = 0;
    }
  };

  const fault = scenario.fault?.type === 'http' ? undefined : scenario.fault;
  const sent = fault === undefined ? tokens.length : Math.min(tokens.length, Math.max(0, fault.afterTokens ?? tokens.length));
  if (sent > 0 || fault === undefined) push(writer.start(), firstDelay);
  for (let i = 0; i < sent; i++) {
    const delayMs = nextDelay();
    // The first token rides with the opening frames, as real servers send them back to back.
    push(writer.token(tokens[i]!), i === 0 ? 0 : delayMs);
  }
  const dueDelay = sent === 0 ? firstDelay : nextDelay();
  const done = (end: MockStreamEnd, endDelayMs = 0): MockTimeline => ({ frames, end, endDelayMs, headers: writer.headers });

  if (fault === undefined) {
    push(writer.finish(scenario.finishReason), 0);
    return done('close');
  }
  switch (fault.type) {
    case 'error-frame':
      push(writer.error({ message: fault.message, type: fault.errorType, code: fault.code }), dueDelay);
      return done('close');
    case 'malformed-frame':
      push([writer.malformed()], dueDelay);
      return done('close');
    case 'no-done':
      return done('close');
    case 'drop':
      return done('drop', dueDelay + carried);
    case 'stall':
      return done('stall');
  }
}
