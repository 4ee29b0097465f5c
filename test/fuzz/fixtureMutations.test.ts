import fc from 'fast-check';
import { describe, it } from 'vitest';
import { mutatedRecording } from './hostileArbitraries';
import { expectSafeOutcome } from './expectSafeOutcome';
import { FUZZ_TARGETS, readRecordings } from './fuzzProtocols';
import { sseBody } from './runHostileTurn';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

describe.each(FUZZ_TARGETS)('$name decoder on damaged recordings', (target) => {
  const recordings = [...readRecordings(target)];

  it.each(recordings.map(([name, events]) => ({ name, events })))('$name: fields of the wrong type, events out of order, cut short', ({ events }) => {
    fc.assert(
      fc.property(mutatedRecording(events), fc.nat(), (damaged, split) => {
        const body = sseBody(damaged);
        const at = body.length === 0 ? 0 : split % body.length;
        expectSafeOutcome([body.subarray(0, at), body.subarray(at)], target.protocol);
      }),
      { numRuns: RUNS },
    );
  });
});
