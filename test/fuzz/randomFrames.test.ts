import fc from 'fast-check';
import { describe, it } from 'vitest';
import { hostileValue, vocabularyFrame } from './hostileArbitraries';
import { expectSafeOutcome } from './expectSafeOutcome';
import { FUZZ_TARGETS, readRecordings, readVocabulary } from './fuzzProtocols';
import { sseBody } from './runHostileTurn';

describe.each(FUZZ_TARGETS)('$name decoder on random input', ({ protocol, dirs }) => {
  const vocabulary = readVocabulary(readRecordings({ name: protocol.name, protocol, dirs }));
  const eventName = fc.option(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(vocabulary.eventNames.length ? vocabulary.eventNames : ['message'])) }, fc.string({ maxLength: 8 })), { nil: undefined });

  it('survives random bytes, split anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }), (chunks) => {
        expectSafeOutcome(chunks, protocol);
      }),
      { numRuns: 150 },
    );
  });

  it('survives well-framed events carrying random JSON values', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ event: eventName, value: hostileValue }), { maxLength: 8 }), (events) => {
        expectSafeOutcome([sseBody(events.map(({ event, value }) => ({ event, data: JSON.stringify(value) ?? 'undefined' })))], protocol);
      }),
      { numRuns: 150 },
    );
  });

  it('survives frames in its own vocabulary with hostile fields', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ event: eventName, frame: vocabularyFrame(vocabulary) }), { maxLength: 12 }), (events) => {
        expectSafeOutcome([sseBody(events.map(({ event, frame }) => ({ event: event ?? (typeof frame.type === 'string' ? frame.type : undefined), data: JSON.stringify(frame) })))], protocol);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });
});
