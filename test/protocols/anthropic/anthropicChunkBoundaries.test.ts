import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { anthropicProtocol } from '../../../src/protocols/anthropic';
import { decodeByteStream, decodeBytes, readFixtureBytes } from '../../core/decodeBytes';
import { everyOffsetSplits, expectSameDecode as expectSame, oneBytePerChunk, randomCuts as cutsOf } from '../chunkSweep';
import { ANTHROPIC_FIXTURES } from './anthropicFixture';

const protocol = anthropicProtocol;
const BYTES = new Map(ANTHROPIC_FIXTURES.map((name) => [name, readFixtureBytes(name)]));
const REFERENCE = new Map(ANTHROPIC_FIXTURES.map((name) => [name, decodeBytes([BYTES.get(name)!], { protocol })]));

// Above this size a split at every offset costs too much; those files get random multi-splits instead.
const EVERY_OFFSET_LIMIT = 16 * 1024;

const encoder = new TextEncoder();
const EOLS = ['\n', '\r\n', '\r'] as const;

/** The body with its line ends replaced (no recorded JSON holds a raw newline) and a keep-alive comment per frame. */
function rewrite(text: string, eol: string, comments: boolean): Uint8Array {
  const body = comments ? text.replace(/\n\n/g, '\n\n: keep-alive\n') : text;
  return encoder.encode(body.replace(/\n/g, eol));
}

describe('Anthropic chunk boundaries', () => {
  it('covers all 12 fixtures; two are above the every-offset limit', () => {
    expect(ANTHROPIC_FIXTURES).toHaveLength(12);
    expect(ANTHROPIC_FIXTURES.filter((name) => BYTES.get(name)!.length > EVERY_OFFSET_LIMIT)).toEqual([
      'anthropic/code-execution-server-tool-205-input-deltas.sse',
      'anthropic/web-search-citations-delta.sse',
    ]);
    for (const reference of REFERENCE.values()) expect(reference.status).not.toBe('streaming');
  });

  it.each(ANTHROPIC_FIXTURES.filter((name) => BYTES.get(name)!.length <= EVERY_OFFSET_LIMIT))(
    '%s: split in two at every offset, the message is the same',
    (name) => {
      for (const { offset, chunks } of everyOffsetSplits(BYTES.get(name)!)) {
        expectSame(decodeBytes(chunks, { protocol }), REFERENCE.get(name)!, `split at ${offset}`);
      }
    },
  );

  it.each(ANTHROPIC_FIXTURES)('%s: one byte per chunk gives the same message', (name) => {
    expectSame(decodeBytes(oneBytePerChunk(BYTES.get(name)!), { protocol }), REFERENCE.get(name)!, 'one byte per chunk');
  });

  it.each(ANTHROPIC_FIXTURES)('%s: LF, CRLF or CR, keep-alive comments and random cuts give the same message', (name) => {
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

  it.each(ANTHROPIC_FIXTURES)('%s: the same through the async readEventStream', async (name) => {
    const text = new TextDecoder().decode(BYTES.get(name)!);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EOLS), fc.array(fc.nat(), { maxLength: 30 }), async (eol, cuts) => {
        const message = await decodeByteStream(cutsOf(rewrite(text, eol, false), cuts), { protocol });
        expectSame(message, REFERENCE.get(name)!, `${JSON.stringify(eol)} cuts=${cuts.join(',')}`);
      }),
      { numRuns: 6 },
    );
  });

  it('rewrite() really changes the line ends', () => {
    const bytes = rewrite('event: ping\ndata: {}\n\n', '\r', true);
    expect(new TextDecoder().decode(bytes)).toBe('event: ping\rdata: {}\r\r: keep-alive\r');
  });
});
