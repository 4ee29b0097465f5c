import { describe, expect, it } from 'vitest';
import { createScrubStream, createSecretScrubber, REDACTED } from '../../src/server/scrubSecrets';
import { TEST_KEY } from './proxyHarness';

const last4 = TEST_KEY.slice(-4);
const scrubber = createSecretScrubber(TEST_KEY);

async function chunksOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(part.value);
  return chunks;
}

async function throughStream(chunks: string[]): Promise<string[]> {
  const encoder = new TextEncoder();
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  const decoder = new TextDecoder();
  return (await chunksOf(source.pipeThrough(createScrubStream(scrubber)))).map((chunk) => decoder.decode(chunk));
}

describe('createSecretScrubber', () => {
  it.each([
    ['the full key', `Bearer ${TEST_KEY} was sent`, `Bearer ${REDACTED} was sent`],
    ["OpenAI's project-key mask", `Incorrect API key provided: sk-proj-${'*'.repeat(44)}${last4}. You can find`, `Incorrect API key provided: ${REDACTED}. You can find`],
    ['a legacy mask with a longer prefix', `key sk-proj-Ab3d${'*'.repeat(20)}${last4} is wrong`, `key ${REDACTED} is wrong`],
    ['an ellipsis mask', `{"message":"bad key sk-pro...${last4}"}`, `{"message":"bad key ${REDACTED}"}`],
    ['a one-character ellipsis', `key sk-…${last4}`, `key ${REDACTED}`],
    ['a bullet mask without prefix', `key ••••••${last4}`, `key ${REDACTED}`],
    ['a mask glued to a label', `key:sk-proj-****${last4}`, `key:${REDACTED}`],
  ])('scrubs %s', (_name, text, expected) => {
    expect(scrubber.scrub(text)).toBe(expected);
  });

  it.each([
    ['another key masked', 'Incorrect API key provided: sk-proj-****zzzz.'],
    ['a longer word ending in the last 4', `see sk-****${last4}extra`],
    ['prose with an ellipsis', 'wait... what'],
    ['a mask longer than the key', `sk-${'*'.repeat(TEST_KEY.length + 1)}${last4}`],
  ])('leaves %s alone', (_name, text) => {
    expect(scrubber.scrub(text)).toBe(text);
  });

  it('costs linear time on a long run of asterisks (no regex backtracking blow-up)', () => {
    const text = `${'*'.repeat(200_000)}x`;
    expect(scrubber.scrub(text)).toBe(text);
  });

  it('holds back only a tail that could begin the key or a mask, never a finished line', () => {
    expect(scrubber.heldLength('data: {"x":1}\n\n')).toBe(0);
    expect(scrubber.heldLength(`abc ${TEST_KEY.slice(0, 20)}`)).toBe(20);
    expect(scrubber.heldLength('line\nsk-pr')).toBe(5);
    expect(scrubber.heldLength('x'.repeat(1000))).toBe(TEST_KEY.length - 1);
  });
});

describe('createScrubStream', () => {
  it('scrubs the key split across chunks at every offset', async () => {
    const text = `data: {"error":{"message":"key ${TEST_KEY} rejected"}}\n\n`;
    for (let cut = 1; cut < text.length; cut++) {
      const out = await throughStream([text.slice(0, cut), text.slice(cut)]);
      expect(out.join('')).toBe(`data: {"error":{"message":"key ${REDACTED} rejected"}}\n\n`);
    }
  });

  it('scrubs a masked key split across three chunks', async () => {
    const masked = `sk-proj-${'*'.repeat(44)}${last4}`;
    const text = `{"error":{"message":"Incorrect API key provided: ${masked}."}}`;
    const start = text.indexOf(masked);
    const out = await throughStream([text.slice(0, start + 3), text.slice(start + 3, start + 30), text.slice(start + 30)]);
    expect(out.join('')).toBe(`{"error":{"message":"Incorrect API key provided: ${REDACTED}."}}`);
  });

  it('passes a complete frame on at once, before the next chunk', async () => {
    const out = await throughStream(['data: {"a":1}\n\n', 'data: {"b":2}\n\n']);
    expect(out).toEqual(['data: {"a":1}\n\n', 'data: {"b":2}\n\n']);
  });

  it('keeps multi-byte characters split across chunks intact', async () => {
    const bytes = new TextEncoder().encode('héllo ✓');
    const decoder = new TextDecoder();
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    const chunks = await chunksOf(source.pipeThrough(createScrubStream(scrubber)));
    expect(chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('')).toBe('héllo ✓');
  });
});
