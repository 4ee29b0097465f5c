import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agUiProtocol } from '../../../src/protocols/ag-ui';
import { decodeByteStream } from '../../core/decodeBytes';
import { everyOffsetSplits, expectSameDecode, multiSplitRuns, oneBytePerChunk, randomCuts } from '../chunkSweep';
import { AG_UI_FIXTURES, decodeAgUi, fixtureBytes, fixtureText, type DecodedAgUi } from './agUiFixtures';

const REFERENCE = new Map(AG_UI_FIXTURES.map((name) => [name, decodeAgUi([fixtureBytes(name)])]));
const referenceOf = (name: string): DecodedAgUi => REFERENCE.get(name)!;

// The message, the agent state and the data handed to onData must all be the same however the body was cut.
const expectSame = (decoded: DecodedAgUi, reference: DecodedAgUi, label: string): void => expectSameDecode(decoded, reference, label);

// Splitting in two at every offset decodes the whole body once per offset; above this size the
// multi-split runs below (which also make every offset a boundary) are enough.
const EVERY_OFFSET_LIMIT = 8 * 1024;

describe('AG-UI chunk boundaries: plain splits', () => {
  it('has a finished reference for each fixture, equal through the async body reader', async () => {
    for (const name of AG_UI_FIXTURES) {
      expect(referenceOf(name).message.status, name).not.toBe('streaming');
      const viaStream = await decodeByteStream([fixtureBytes(name)], { protocol: agUiProtocol });
      expectSameDecode(viaStream, referenceOf(name).message, name);
    }
  });

  it.each(AG_UI_FIXTURES.filter((name) => fixtureBytes(name).length <= EVERY_OFFSET_LIMIT))('%s: split in two at every offset', (name) => {
    for (const { offset, chunks } of everyOffsetSplits(fixtureBytes(name))) expectSame(decodeAgUi(chunks), referenceOf(name), `split at ${offset}`);
  });

  it.each(AG_UI_FIXTURES)('%s: every offset is a boundary in one of a few multi-split runs', (name) => {
    // Run r cuts every frame at its r-th byte; together the runs cut at every offset (checked by the sweep).
    for (const { run, chunks } of multiSplitRuns(fixtureBytes(name))) expectSame(decodeAgUi(chunks), referenceOf(name), `cuts at frame offset ${run}`);
  });

  it.each(AG_UI_FIXTURES)('%s: one byte per chunk', (name) => {
    expectSame(decodeAgUi(oneBytePerChunk(fixtureBytes(name))), referenceOf(name), 'one byte per chunk');
  });
});

const EOLS = ['\n', '\r\n', '\r'] as const;
const encoder = new TextEncoder();

interface Variant {
  eol: (typeof EOLS)[number];
  /** Comment lines (`: ping`) inserted before the frame at this position (modulo the frame count). */
  comments: number[];
  /** `data: {…}` written as two `data:` lines, which the parser joins with `\n` (whitespace in JSON). */
  multiline: boolean;
  cuts: number[];
}

const variants: fc.Arbitrary<Variant> = fc.record({
  eol: fc.constantFrom(...EOLS),
  comments: fc.array(fc.nat(), { maxLength: 5 }),
  multiline: fc.boolean(),
  cuts: fc.array(fc.nat(), { maxLength: 40 }),
});

/** Re-writes a fixture without changing what it means (the files have no raw newline inside JSON). */
function rewrite(text: string, variant: Variant): Uint8Array {
  const frames = text.split(/(?<=\n\n)/);
  const commented = new Set(variant.comments.map((at) => at % frames.length));
  let out = '';
  frames.forEach((frame, i) => {
    if (commented.has(i)) out += ': ping\n';
    out += variant.multiline ? frame.replace(/^data: \{/gm, 'data: {\ndata: ') : frame;
  });
  return encoder.encode(out.replace(/\n/g, variant.eol));
}

describe('AG-UI chunk boundaries: re-written bodies (fast-check)', () => {
  it('rewrite() makes CRLF, CR, comments and multi-line data', () => {
    const bytes = rewrite('data: {"type":"RUN_STARTED"}\n\ndata: {"type":"RUN_FINISHED"}\n\n', { eol: '\r', comments: [1], multiline: true, cuts: [] });
    expect(new TextDecoder().decode(bytes)).toBe('data: {\rdata: "type":"RUN_STARTED"}\r\r: ping\rdata: {\rdata: "type":"RUN_FINISHED"}\r\r');
  });

  it.each(AG_UI_FIXTURES)('%s: any line ending, comments, multi-line data and random cuts give the same result', (name) => {
    const text = fixtureText(name);
    fc.assert(
      fc.property(variants, (variant) => {
        const bytes = rewrite(text, variant);
        expectSame(decodeAgUi(randomCuts(bytes, variant.cuts)), referenceOf(name), JSON.stringify(variant));
      }),
      { numRuns: 30 },
    );
  });

  it.each(EOLS)('every fixture with %j line endings gives the same result', (eol) => {
    for (const name of AG_UI_FIXTURES) expectSame(decodeAgUi([encoder.encode(fixtureText(name).replace(/\n/g, eol))]), referenceOf(name), name);
  });
});
