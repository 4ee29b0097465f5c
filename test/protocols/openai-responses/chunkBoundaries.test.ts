import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/message';
import { readFixtureBytes, splitAt } from '../../core/decodeBytes';
import { everyOffsetSplits, expectSameDecode, oneBytePerChunk } from '../chunkSweep';
import { decodeResponses, RESPONSES_FIXTURES } from './responsesFixtures';

// However the body is cut into reads, and whichever line ending the server uses, the message is the same.

const BYTES = new Map(RESPONSES_FIXTURES.map((name) => [name, readFixtureBytes(name)]));
const REFERENCE = new Map(RESPONSES_FIXTURES.map((name) => [name, decodeResponses(name)]));

const bytesOf = (name: string): Uint8Array => BYTES.get(name) ?? new Uint8Array();
const referenceOf = (name: string): ChatMessage | undefined => REFERENCE.get(name);

const expectSame = (message: ChatMessage, name: string, label: string): void => expectSameDecode<ChatMessage | undefined>(message, referenceOf(name), `${name} ${label}`);

/** Splitting at every offset decodes the body once per byte, so it is kept to the small files. */
const EVERY_OFFSET_LIMIT = 10 * 1024;
const SMALL = RESPONSES_FIXTURES.filter((name) => bytesOf(name).length <= EVERY_OFFSET_LIMIT);

const LF = 10;
const CR = 13;

/** The body with every `\n` line end replaced by `\r\n` or by `\r` (the recordings use `\n` only). */
function withLineEnds(bytes: Uint8Array, ending: 'crlf' | 'cr'): Uint8Array {
  const out: number[] = [];
  for (const byte of bytes) {
    if (byte !== LF) out.push(byte);
    else if (ending === 'crlf') out.push(CR, LF);
    else out.push(CR);
  }
  return new Uint8Array(out);
}

const splits = (length: number) => fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 64 });

describe('OpenAI Responses chunk boundaries', () => {
  it('the fixtures are real messages, and four are small enough for every offset', () => {
    for (const name of RESPONSES_FIXTURES) expect(referenceOf(name)?.status, name).toMatch(/^(complete|error)$/);
    expect(SMALL).toEqual([
      'openai-responses/background-queued-then-text.sse',
      'openai-responses/error-then-response-failed.sse',
      'openai-responses/incomplete-max-output-tokens.test-authored.sse',
      'openai-responses/web-search-call-url-citation.sse',
    ]);
  });

  it.each(SMALL)('%s: two pieces cut at every byte offset', (name) => {
    for (const { offset, chunks } of everyOffsetSplits(bytesOf(name))) expectSame(decodeResponses(name, chunks), name, `cut at ${offset}`);
  });

  it.each(SMALL)('%s: one byte per read', (name) => {
    expectSame(decodeResponses(name, oneBytePerChunk(bytesOf(name))), name, 'byte by byte');
  });

  it.each(RESPONSES_FIXTURES)('%s: random splits, with LF, CRLF and CR line ends', (name) => {
    const variants = { lf: bytesOf(name), crlf: withLineEnds(bytesOf(name), 'crlf'), cr: withLineEnds(bytesOf(name), 'cr') };
    for (const [ending, bytes] of Object.entries(variants)) {
      expectSame(decodeResponses(name, [bytes]), name, `${ending} whole`);
      fc.assert(
        fc.property(splits(bytes.length), (offsets) => {
          expectSame(decodeResponses(name, splitAt(bytes, [...offsets].sort((a, b) => a - b))), name, `${ending} cut at ${offsets.join(',')}`);
        }),
        { numRuns: 40, seed: 9 },
      );
    }
  });

  it('a CRLF body cut between every \\r and its \\n gives the same message', () => {
    for (const name of RESPONSES_FIXTURES) {
      const bytes = withLineEnds(bytesOf(name), 'crlf');
      const offsets: number[] = [];
      for (let i = 0; i < bytes.length; i++) if (bytes[i] === CR) offsets.push(i + 1);
      expectSame(decodeResponses(name, splitAt(bytes, offsets)), name, 'cut inside every CRLF');
    }
  });
});
