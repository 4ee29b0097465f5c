import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/protocols/parseJsonFrame';
import { getMessageText } from '../../src/message';
import { replaceAt } from './hostileArbitraries';
import { expectSafeOutcome } from './expectSafeOutcome';
import { FUZZ_TARGETS, readRecordings, type RecordedEvent } from './fuzzProtocols';
import { sseBody } from './runHostileTurn';

const DEPTH = 100_000;
const DEEP_ARRAY = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const DEEP_OBJECT = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);
const MARKER = '@@deep@@';
/** The string fields a decoder reads as tool arguments, whole or in fragments. */
const ARGUMENT_KEYS = new Set(['arguments', 'partial_json', 'inputTextDelta', 'delta']);

function fieldPaths(value: unknown, keep: (key: string, item: unknown) => boolean, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, item] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    if (keep(key, item)) out.push(path);
    fieldPaths(item, keep, path, out);
  }
  return out;
}

/** Every (event, field) of a target's recordings where `keep` holds, as a replacement site. */
function sites(events: RecordedEvent[], keep: (key: string, item: unknown) => boolean) {
  return events.flatMap((event, index) => (event.json === undefined ? [] : fieldPaths(event.json, keep).map((path) => ({ index, path }))));
}

// Each case parses 200 KB of nesting, so the runs per protocol stay few; a site is drawn at random each run.
describe.each(FUZZ_TARGETS)('$name decoder on 100,000 levels of nesting', (target) => {
  const recordings = [...readRecordings(target).values()];

  it('refuses a frame nested 100,000 deep in any field as a protocol error, keeping the message serializable', () => {
    const cases = recordings.flatMap((events) => sites(events, () => true).map((site) => ({ events, ...site })));
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom(DEEP_ARRAY, DEEP_OBJECT), ({ events, index, path }, deep) => {
        const data = JSON.stringify(replaceAt(events[index]!.json, path, MARKER)).replace(`"${MARKER}"`, deep);
        const { message } = expectSafeOutcome([sseBody(events.map((event, at) => (at === index ? { event: event.event, data } : event)))], target.protocol);
        expect(message.status).toBe('error');
        expect(message.metadata?.error?.code).toBe('protocol');
        expect(message.metadata?.error?.message).toContain(`nested deeper than ${MAX_JSON_DEPTH} levels`);
      }),
      { numRuns: 8 },
    );
  });

  const argumentSites = recordings.flatMap((events) => sites(events, (key, item) => ARGUMENT_KEYS.has(key) && typeof item === 'string').map((site) => ({ events, ...site })));
  // Gemini sends arguments as objects only, which the test above covers.
  if (argumentSites.length > 0) it('keeps tool arguments that stream 100,000 levels deep shallow enough to serialize', () => {
    fc.assert(
      fc.property(fc.constantFrom(...argumentSites), ({ events, index, path }) => {
        const data = JSON.stringify(replaceAt(events[index]!.json, path, DEEP_ARRAY));
        expectSafeOutcome([sseBody(events.map((event, at) => (at === index ? { event: event.event, data } : event)))], target.protocol);
      }),
      { numRuns: 6 },
    );
  });
});

describe('one megabyte in a single token', () => {
  it.each(FUZZ_TARGETS)('$name: a 1 MB text delta arrives whole, in one frame or split into 4 KB reads', (target) => {
    const big = 'x'.repeat(1024 * 1024);
    for (const events of readRecordings(target).values()) {
      const text = getMessageText(expectSafeOutcome([sseBody(events)], target.protocol).message);
      if (text.length === 0) continue;
      // The first delta of the recording's text (the first string field the text starts with) grows by 1 MB.
      const site = sites(events, (_key, item) => typeof item === 'string' && item !== '' && text.startsWith(item))[0];
      if (!site) continue;
      const { index, path } = site;
      const delta = path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], events[index]!.json) as string;
      const data = JSON.stringify(replaceAt(events[index]!.json, path, `${big}${delta}`));
      const body = sseBody(events.map((event, at) => (at === index ? { event: event.event, data } : event)));
      const reads = Array.from({ length: Math.ceil(body.length / 4096) }, (_, at) => body.subarray(at * 4096, (at + 1) * 4096));
      for (const chunks of [[body], reads]) {
        const message = expectSafeOutcome(chunks, target.protocol).message;
        expect(getMessageText(message).length).toBe(text.length + big.length);
      }
      return;
    }
    expect.fail(`no recording of ${target.name} with text`);
  });
});
