import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSafeOutcome } from './expectSafeOutcome';
import { FUZZ_TARGETS, readRecordings, type RecordedEvent } from './fuzzProtocols';
import { sseBody } from './runHostileTurn';

/** Fields that carry a piece of a growing value (text, reasoning, tool arguments). */
const DELTA_KEYS = /"(delta|text|arguments|partial_json|inputTextDelta|content|thinking|args)":/;
const REPEAT = 200;

/**
 * Work is counted, not timed: every character `JSON.parse` reads and `JSON.stringify` writes during a
 * decode. A decoder that re-parses or re-serializes what has accumulated (the arguments so far, the
 * message so far) on each delta does work quadratic in the stream, and the ratio below grows with REPEAT.
 */
function countJsonWork(run: () => void): number {
  let chars = 0;
  const { parse, stringify } = JSON;
  vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof parse>[1]) => {
    chars += text.length;
    return parse(text, reviver) as unknown;
  });
  vi.spyOn(JSON, 'stringify').mockImplementation(((value: unknown, replacer?: never, space?: never) => {
    const out = stringify(value, replacer, space);
    chars += out?.length ?? 0;
    return out;
  }) as typeof stringify);
  run();
  vi.restoreAllMocks();
  return chars;
}

afterEach(() => vi.restoreAllMocks());

describe.each(FUZZ_TARGETS)('$name decoder does linear work', (target) => {
  it.each([...readRecordings(target)].map(([name, events]) => ({ name, events })))('$name with every delta repeated 200 times', ({ events }) => {
    const repeated: RecordedEvent[] = events.flatMap((event) => (DELTA_KEYS.test(event.data) ? Array<RecordedEvent>(REPEAT).fill(event) : [event]));
    const body = sseBody(repeated);
    const work = countJsonWork(() => expectSafeOutcome([body], target.protocol));
    // Each frame is parsed once; a few small strings are written per frame (error snippets, whole-input arguments).
    expect(work).toBeLessThanOrEqual(3 * body.length + 10_000);
    // …and the count saw the frames being parsed, so the bound above measures something.
    expect(work).toBeGreaterThan(body.length / 3);
  });
});
