import { describe, it, expect } from 'vitest';
import { createOpenAIChatDecoder } from '../../src/protocols';
import type { StreamPart } from '../../src/protocols';
import { collectParts, decodeSse, readFixture } from './decodeFixture';

const MAGISTRAL = 'openai-compatible/authored/mistral-magistral-thinking-content-array.sse';

/** Decodes hand-written frames, one `data` string each. */
function decodeFrames(frames: readonly object[]): StreamPart[] {
  const decoder = createOpenAIChatDecoder();
  const parts: StreamPart[] = [];
  for (const frame of frames) decoder.decode({ data: JSON.stringify(frame) }, (part) => parts.push(part));
  return parts;
}

const withContent = (content: unknown) => ({ choices: [{ index: 0, delta: { content } }] });

describe('delta.content as an array of typed chunks (Mistral)', () => {
  it('magistral fixture: thinking chunks become reasoning, text chunks and the later plain string become text', () => {
    const raw = readFixture(MAGISTRAL);
    // Every split of the body, from one character per read up, gives the same parts.
    const reference = decodeSse(createOpenAIChatDecoder(), raw);
    for (const pieceSize of [1, 2, 3, 7, 13, 64]) expect(decodeSse(createOpenAIChatDecoder(), raw, pieceSize)).toEqual(reference);
    expect(collectParts(reference)).toEqual({
      text: { 0: '17 × 3 = **51**.' },
      reasoning: { 0: 'The user asks for 17 × 3. 17 × 3 = 51. Answer briefly.' },
      refusal: {},
      toolCalls: {},
      finishes: [{ choice: 0, reason: 'stop' }],
      usage: [{ inputTokens: 23, outputTokens: 38, totalTokens: 61, raw: { prompt_tokens: 23, total_tokens: 61, completion_tokens: 38 } }],
      metadata: [{ type: 'metadata', id: '5b1f0c3e9a7d4c2e8f6a1b0d3c5e7f90', model: 'magistral-medium-2509', created: 1760000000 }],
      errors: [],
      doneCount: 1,
    });
    // All reasoning streamed before any text.
    const kinds = reference.filter((part) => part.type === 'text' || part.type === 'reasoning').map((part) => part.type);
    expect(kinds).toEqual(['reasoning', 'reasoning', 'reasoning', 'text', 'text', 'text']);
  });

  it('emits the chunks of one array in their order, each as its own part', () => {
    const parts = decodeFrames([
      withContent([
        { type: 'thinking', thinking: [{ type: 'text', text: 'plan' }] },
        { type: 'text', text: 'answer' },
        { type: 'thinking', thinking: [{ type: 'text', text: ' more' }] },
        { type: 'text', text: ' end' },
      ]),
    ]);
    expect(parts).toEqual([
      { type: 'reasoning', choice: 0, delta: 'plan' },
      { type: 'text', choice: 0, delta: 'answer' },
      { type: 'reasoning', choice: 0, delta: ' more' },
      { type: 'text', choice: 0, delta: ' end' },
    ]);
  });

  it('keeps text that arrives partly as arrays and partly as strings, in order', () => {
    const parts = decodeFrames([withContent('a'), withContent([{ type: 'text', text: 'b' }]), withContent('c')]);
    expect(collectParts(parts).text).toEqual({ 0: 'abc' });
  });

  it('reads a thinking chunk whose thinking is a plain string', () => {
    expect(decodeFrames([withContent([{ type: 'thinking', thinking: 'direct' }])])).toEqual([{ type: 'reasoning', choice: 0, delta: 'direct' }]);
  });

  it('maps a refusal chunk to refusal text', () => {
    expect(decodeFrames([withContent([{ type: 'refusal', refusal: 'No.' }])])).toEqual([{ type: 'refusal', choice: 0, delta: 'No.' }]);
  });

  it('drops reference chunks, unknown chunk types and malformed entries without throwing', () => {
    const parts = decodeFrames([
      withContent([
        null,
        7,
        'loose',
        [],
        { type: 'reference', reference_ids: [0, 1] },
        { type: 'image_url', image_url: 'https://example.test/a.png' },
        { type: 'text' },
        { type: 'text', text: 42 },
        { type: 'text', text: '' },
        { type: 'thinking', thinking: [null, { type: 'reference', reference_ids: [2] }, { type: 'text', text: 'kept' }, { text: 'untyped' }] },
        { type: 'thinking' },
        { text: 'no type' },
        { type: 'text', text: 'last' },
      ]),
    ]);
    expect(parts).toEqual([
      { type: 'reasoning', choice: 0, delta: 'kept' },
      { type: 'text', choice: 0, delta: 'last' },
    ]);
  });

  it('routes array content to its own choice', () => {
    const parts = decodeFrames([
      {
        choices: [
          { index: 1, delta: { content: [{ type: 'thinking', thinking: [{ type: 'text', text: 'one' }] }] } },
          { index: 0, delta: { content: [{ type: 'text', text: 'zero' }] } },
        ],
      },
    ]);
    expect(parts).toEqual([
      { type: 'reasoning', choice: 1, delta: 'one' },
      { type: 'text', choice: 0, delta: 'zero' },
    ]);
  });

  it('reads array content in a non-streamed completion', () => {
    const parts: StreamPart[] = [];
    createOpenAIChatDecoder().decodeCompletion?.(
      {
        id: 'cmpl-1',
        object: 'chat.completion',
        model: 'magistral-small-2509',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: [
                { type: 'thinking', thinking: [{ type: 'text', text: 'Think first.' }] },
                { type: 'text', text: 'Then answer.' },
              ],
            },
            finish_reason: 'stop',
          },
        ],
      },
      (part) => parts.push(part),
    );
    expect(parts).toEqual([
      { type: 'metadata', id: 'cmpl-1', model: 'magistral-small-2509', streamed: false },
      { type: 'reasoning', choice: 0, delta: 'Think first.' },
      { type: 'text', choice: 0, delta: 'Then answer.' },
      { type: 'finish', choice: 0, reason: 'stop' },
      { type: 'done' },
    ]);
  });
});
