import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChatTurn, toStreamError } from '../../src/store/createChatTurn';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import { checkMessageShape } from './checkMessageShape';
import { hostileValue, vocabularyFrame } from './hostileArbitraries';
import { FUZZ_TARGETS, readRecordings, readVocabulary } from './fuzzProtocols';

// A server that ignores `stream: true` answers with one JSON body, which goes to `decodeCompletion`.
describe.each(FUZZ_TARGETS.filter(({ protocol }) => protocol.createDecoder().decodeCompletion))('$name: a hostile whole (non-streamed) answer', (target) => {
  const vocabulary = readVocabulary(readRecordings(target));
  const body = fc.oneof(hostileValue, vocabularyFrame(vocabulary), fc.dictionary(fc.constantFrom(...vocabulary.keys), vocabularyFrame(vocabulary), { maxKeys: 4 }));

  it('ends the message with a typed error or a complete answer, never a TypeError', () => {
    fc.assert(
      fc.property(body, (value) => {
        const turn = createChatTurn({
          message: { id: 'whole', role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: 0 } } },
          decoder: target.protocol.createDecoder,
          now: () => 0,
        });
        let thrown: unknown;
        try {
          turn.decodeCompletion!(value);
        } catch (error) {
          thrown = error;
        }
        if (thrown !== undefined && (!(thrown instanceof ChatStreamError) || thrown.cause instanceof TypeError)) {
          expect.fail(`${target.name}: decodeCompletion threw ${thrown instanceof Error ? thrown.stack : String(thrown)}`);
        }
        const message = turn.finish(thrown === undefined ? {} : { failure: toStreamError(thrown) });
        expect(checkMessageShape(message)).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
