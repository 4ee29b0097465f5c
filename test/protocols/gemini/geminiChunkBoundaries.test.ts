import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { geminiProtocol } from '../../../src/protocols/gemini';
import { decodeByteStream, decodeBytes, readFixtureBytes } from '../../core/decodeBytes';
import { everyOffsetSplits, expectSameDecode as expectSame, oneBytePerChunk, randomCuts as cutsOf } from '../chunkSweep';
import { GEMINI_FIXTURES } from './geminiFixture';

const protocol = geminiProtocol;
const BYTES = new Map(GEMINI_FIXTURES.map((name) => [name, readFixtureBytes(name)]));
const REFERENCE = new Map(GEMINI_FIXTURES.map((name) => [name, decodeBytes([BYTES.get(name)!], { protocol })]));

// Above this size a split at every offset costs too much; those files get random multi-splits instead.
const EVERY_OFFSET_LIMIT = 8 * 1024;

const encoder = new TextEncoder();
const EOLS = ['\n', '\r\n', '\r'] as const;

/** The body with its line ends (LF or Gemini's CRLF) replaced and, optionally, a keep-alive comment after each event. */
function rewrite(text: string, eol: string, comments: boolean): Uint8Array {
  const lf = text.replace(/\r\n/g, '\n');
  const body = comments ? lf.replace(/\n\n/g, '\n\n: keep-alive\n') : lf;
  return encoder.encode(body.replace(/\n/g, eol));
}

describe('Gemini chunk boundaries', () => {
  it('covers all 10 fixtures, each a finished message; two are above the every-offset limit', () => {
    expect(GEMINI_FIXTURES).toHaveLength(10);
    expect(GEMINI_FIXTURES.filter((name) => BYTES.get(name)!.length > EVERY_OFFSET_LIMIT)).toEqual([
      'gemini/google-search-grounding-metadata.crlf.sse',
      'gemini/thought-summaries-then-text.crlf.sse',
    ]);
    for (const reference of REFERENCE.values()) expect(reference.status).toBe('complete');
  });

  it.each(GEMINI_FIXTURES.filter((name) => BYTES.get(name)!.length <= EVERY_OFFSET_LIMIT))(
    '%s: split in two at every offset, the message is the same',
    (name) => {
      for (const { offset, chunks } of everyOffsetSplits(BYTES.get(name)!)) {
        expectSame(decodeBytes(chunks, { protocol }), REFERENCE.get(name)!, `split at ${offset}`);
      }
    },
  );

  it.each(GEMINI_FIXTURES)('%s: one byte per chunk gives the same message', (name) => {
    expectSame(decodeBytes(oneBytePerChunk(BYTES.get(name)!), { protocol }), REFERENCE.get(name)!, 'one byte per chunk');
  });

  it.each(GEMINI_FIXTURES)('%s: LF, CRLF or CR, keep-alive comments and random cuts give the same message', (name) => {
    const text = new TextDecoder().decode(BYTES.get(name)!);
    const reference = REFERENCE.get(name)!;
    fc.assert(
      fc.property(fc.constantFrom(...EOLS), fc.boolean(), fc.array(fc.nat(), { maxLength: 60 }), (eol, comments, cuts) => {
        const message = decodeBytes(cutsOf(rewrite(text, eol, comments), cuts), { protocol });
        expectSame(message, reference, `${JSON.stringify(eol)} comments=${comments} cuts=${cuts.join(',')}`);
      }),
      { numRuns: 40 },
    );
  });

  it.each(GEMINI_FIXTURES)('%s: the same through the async readEventStream', async (name) => {
    const text = new TextDecoder().decode(BYTES.get(name)!);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EOLS), fc.array(fc.nat(), { maxLength: 30 }), async (eol, cuts) => {
        const message = await decodeByteStream(cutsOf(rewrite(text, eol, false), cuts), { protocol });
        expectSame(message, REFERENCE.get(name)!, `${JSON.stringify(eol)} cuts=${cuts.join(',')}`);
      }),
      { numRuns: 6 },
    );
  });

  it.each(GEMINI_FIXTURES.filter((name) => name !== 'gemini/prompt-blocked-safety.crlf.sse' && name !== 'gemini/finish-safety-blocked-rating.crlf.sse' && name !== 'gemini/two-function-calls-one-chunk.sse'))(
    '%s: the body cut before its last event is incomplete, with the parts so far kept',
    (name) => {
      const text = new TextDecoder().decode(BYTES.get(name)!);
      const lastEvent = text.lastIndexOf('data:');
      const message = decodeBytes([encoder.encode(text.slice(0, lastEvent))], { protocol });
      expect(message.status).toBe('error');
      expect(message.metadata?.error?.code).toBe('incomplete');
      expect(message.metadata?.finishReason).toBeUndefined();
      expect(message.parts.length).toBeGreaterThan(0);
    },
  );

  it('rewrite() really changes the line ends, from CRLF too', () => {
    expect(new TextDecoder().decode(rewrite('data: {}\r\n\r\n', '\r', true))).toBe('data: {}\r\r: keep-alive\r');
    expect(new TextDecoder().decode(rewrite('data: {}\n\n', '\r\n', false))).toBe('data: {}\r\n\r\n');
  });
});
