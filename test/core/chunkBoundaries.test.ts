import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { getMessageText, getToolCalls, type ChatMessage } from '../../src/message';
import {
  DECODED_MESSAGE_ID,
  decodeByteStream,
  decodeBytes,
  listChatFixtures,
  readFixtureBytes,
  streamOf,
} from './decodeBytes';
import { everyOffsetSplits, expectSameDecode as expectSame, multiSplitRuns, oneBytePerChunk, randomCuts as chunksOf } from '../protocols/chunkSweep';
import { sendFixture, withoutTiming } from './sendFixture';

const FIXTURES = listChatFixtures();
const BYTES = new Map(FIXTURES.map((name) => [name, readFixtureBytes(name)]));
const REFERENCE = new Map(FIXTURES.map((name) => [name, decodeBytes([bytesOf(name)])]));

function bytesOf(name: string): Uint8Array<ArrayBuffer> {
  const bytes = BYTES.get(name);
  if (!bytes) throw new Error(`No fixture ${name}`);
  return bytes;
}

function referenceOf(name: string): ChatMessage {
  const message = REFERENCE.get(name);
  if (!message) throw new Error(`No reference for ${name}`);
  return message;
}

// Above this size, splitting at every offset costs too much (each split decodes the whole body):
// see `twoPieceOffsets`.
const EVERY_OFFSET_LIMIT = 16 * 1024;
const LARGE_HEAD = 512;
const LARGE_TAIL = 1024;
const LARGE_STEP = 127;

/**
 * The offsets of the two-piece test. Every offset (0 and the length included, which push an empty
 * chunk) for fixtures up to 16 KB. The two larger ones (long-text 100 KB, deepseek-reasoner 70 KB) are
 * hundreds of homogeneous text/reasoning frames, and one decode of them costs about 1 ms, so for them
 * it is every offset of the first 512 bytes (the first frame) and the last KB (the usage frame and
 * `[DONE]`) and every 127th offset in between; the multi-split test below still makes every one of
 * their offsets a chunk boundary.
 */
function twoPieceOffsets(length: number): number[] {
  if (length <= EVERY_OFFSET_LIMIT) return Array.from({ length: length + 1 }, (_, offset) => offset);
  const offsets: number[] = [];
  for (let offset = 0; offset <= length; offset++) {
    if (offset <= LARGE_HEAD || offset >= length - LARGE_TAIL || offset % LARGE_STEP === 0) offsets.push(offset);
  }
  return offsets;
}

describe('chunk boundaries: plain splits', () => {
  it('covers the 20 Chat Completions fixtures; two exceed the every-offset limit', () => {
    expect(FIXTURES).toHaveLength(20);
    expect(FIXTURES.filter((name) => bytesOf(name).length > EVERY_OFFSET_LIMIT)).toEqual([
      'openai-chat/long-text-usage-obfuscation.sse',
      'openai-compatible/deepseek-reasoner-reasoning-content.sse',
    ]);
  });

  it.each(FIXTURES)('%s: the whole body in one chunk gives the store’s message', async (name) => {
    const reference = referenceOf(name);
    expect(reference.status).not.toBe('streaming');
    expect(reference.metadata?.timing).toEqual({ startedAt: 0, firstTokenAt: 0, endedAt: 0 });
    const { message } = await sendFixture(bytesOf(name), DECODED_MESSAGE_ID);
    expect(withoutTiming(reference)).toStrictEqual(withoutTiming(message));
  });

  it.each(FIXTURES)('%s: split in two at each offset, the message is the same', (name) => {
    const bytes = bytesOf(name);
    const reference = referenceOf(name);
    const offsets = twoPieceOffsets(bytes.length);
    for (const { offset, chunks } of everyOffsetSplits(bytes, offsets)) expectSame(decodeBytes(chunks), reference, `split at ${offset}`);
    expect(offsets.length).toBeGreaterThanOrEqual(Math.min(bytes.length + 1, LARGE_HEAD + LARGE_TAIL));
  });

  it.each(FIXTURES)('%s: every offset is a boundary in one of a few multi-split runs', (name) => {
    // Run r cuts every frame at its r-th byte; together the runs make every offset of the body a chunk
    // boundary, which the sweep asserts once the runs are used up.
    const reference = referenceOf(name);
    for (const { run, chunks } of multiSplitRuns(bytesOf(name))) expectSame(decodeBytes(chunks), reference, `cuts at frame offset ${run}`);
  });

  it.each(FIXTURES)('%s: one byte per chunk gives the same message', (name) => {
    expectSame(decodeBytes(oneBytePerChunk(bytesOf(name))), referenceOf(name), 'one byte per chunk');
  });
});

const EOLS = ['\n', '\r\n', '\r'] as const;
const COMMENTS = [': keep-alive', ': OPENROUTER PROCESSING'] as const;
const BOM = [0xef, 0xbb, 0xbf];
const encoder = new TextEncoder();

/** How a body is re-written: line endings, comment lines between frames, multi-line data, BOM, cuts. */
interface Variant {
  eol: (typeof EOLS)[number];
  comments: [number, (typeof COMMENTS)[number]][];
  multiline: boolean;
  bom: boolean;
  cuts: number[];
}

const variantArbitrary: fc.Arbitrary<Variant> = fc.record({
  eol: fc.constantFrom(...EOLS),
  comments: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...COMMENTS)), { maxLength: 6 }),
  multiline: fc.boolean(),
  bom: fc.boolean(),
  cuts: fc.array(fc.nat(), { maxLength: 40 }),
});

/**
 * Re-writes a fixture without changing what it means. The files have no raw newline inside JSON, so
 * every `\n` is a line end and can become CRLF or CR. Comment lines go where a frame may start (after
 * a blank line, or before the first frame). With `multiline`, `data: {…}` becomes `data: {` +
 * `data: …`, which the parser joins with `\n`: whitespace inside the JSON, so the same value.
 */
function rewrite(text: string, variant: Variant): Uint8Array {
  const frames = text.split(/(?<=\n\n)/);
  // A last frame without its blank line (the Claude-compatible recording) has no boundary after it.
  const boundaries = text.endsWith('\n\n') ? frames.length + 1 : frames.length;
  const before = new Map<number, string>();
  for (const [at, comment] of variant.comments) {
    const slot = at % boundaries;
    before.set(slot, `${before.get(slot) ?? ''}${comment}\n`);
  }
  let out = '';
  frames.forEach((frame, i) => {
    out += before.get(i) ?? '';
    out += variant.multiline ? frame.replace(/^data: \{/gm, 'data: {\ndata: ') : frame;
  });
  out += before.get(frames.length) ?? '';
  const encoded = encoder.encode(out.replace(/\n/g, variant.eol));
  if (!variant.bom) return encoded;
  const withBom = new Uint8Array(encoded.length + BOM.length);
  withBom.set(BOM);
  withBom.set(encoded, BOM.length);
  return withBom;
}

const decodeText = (name: string) => new TextDecoder().decode(bytesOf(name));

describe('chunk boundaries: re-written bodies (fast-check)', () => {
  it('rewrite() changes the bytes as intended', () => {
    const text = 'data: {"a":1}\n\ndata: [DONE]\n\n';
    const bytes = rewrite(text, { eol: '\r\n', comments: [[0, ': keep-alive'], [5, ': OPENROUTER PROCESSING']], multiline: true, bom: true, cuts: [] });
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3))).toBe(
      ': keep-alive\r\ndata: {\r\ndata: "a":1}\r\n\r\ndata: [DONE]\r\n\r\n: OPENROUTER PROCESSING\r\n',
    );
  });

  it.each(FIXTURES)('%s: any line ending, comments, multi-line data, BOM and cuts give the same message', (name) => {
    const text = decodeText(name);
    const reference = referenceOf(name);
    fc.assert(
      fc.property(variantArbitrary, (variant) => {
        expectSame(decodeBytes(chunksOf(rewrite(text, variant), variant.cuts)), reference, JSON.stringify(variant));
      }),
      { numRuns: 60 },
    );
  });

  it.each(FIXTURES)('%s: the same through the async readEventStream', async (name) => {
    const text = decodeText(name);
    const reference = referenceOf(name);
    await fc.assert(
      fc.asyncProperty(variantArbitrary, async (variant) => {
        const message = await decodeByteStream(chunksOf(rewrite(text, variant), variant.cuts));
        expectSame(message, reference, JSON.stringify(variant));
      }),
      { numRuns: 8 },
    );
  });

  it('through the store: a body streamed in random chunks gives the same final message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), async (name, cuts) => {
        const bytes = bytesOf(name);
        const { message } = await sendFixture(streamOf(chunksOf(bytes, cuts)), DECODED_MESSAGE_ID);
        const reference = referenceOf(name);
        expect(withoutTiming(message), name).toStrictEqual(withoutTiming(reference));
        expect(getMessageText(message)).toBe(getMessageText(reference));
        expect(getToolCalls(message)).toStrictEqual(getToolCalls(reference));
        expect(message.metadata?.usage).toStrictEqual(reference.metadata?.usage);
      }),
      { numRuns: 40 },
    );
  });
});
