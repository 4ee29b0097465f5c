import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { normalizeGeminiUsage } from '../../../src/protocols/gemini';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';
import { chunk, decodeMessage, decodeParts } from './runGeminiChunks';

const grounding = (supports: unknown[], chunks: unknown[] = [{ web: { uri: 'https://a.test', title: 'A' } }]) => ({ groundingChunks: chunks, groundingSupports: supports });

describe('grounding metadata as sources', () => {
  it('byte offsets become string offsets when the span text is not in the answer (edited or repeated text)', () => {
    // "é" is two bytes: the span [7, 12) in bytes is "world" in characters [6, 11).
    const message = decodeMessage([chunk([{ text: 'héllo world' }], { finishReason: 'STOP', groundingMetadata: grounding([{ segment: { startIndex: 7, endIndex: 12 }, groundingChunkIndices: [0] }]) })]);
    expect(message.parts[1]).toEqual({ type: 'source', sourceType: 'url', url: 'https://a.test', title: 'A', startIndex: 6, endIndex: 11 });
  });

  it('retrieved documents are document sources; pages no span cites follow; bad indices and entries are skipped', () => {
    const message = decodeMessage([
      chunk([{ text: 'Fact.' }], {
        finishReason: 'STOP',
        groundingMetadata: grounding(
          [{ segment: { startIndex: 0, endIndex: 5, text: 'Fact.' }, groundingChunkIndices: [1, 9, 'x'] }, 'junk', { segment: {} }],
          [{ web: { uri: 'https://uncited.test' } }, { retrievedContext: { uri: 'gs://bucket/doc.pdf', title: 'Doc' } }, { other: {} }],
        ),
      }),
    ]);
    expect(message.parts.slice(1)).toEqual([
      { type: 'source', sourceType: 'document', url: 'gs://bucket/doc.pdf', title: 'Doc', citedText: 'Fact.', startIndex: 0, endIndex: 5 },
      { type: 'source', sourceType: 'url', url: 'https://uncited.test' },
    ]);
  });

  it('grounding without chunks adds nothing', () => {
    const message = decodeMessage([chunk([{ text: 'x' }], { finishReason: 'STOP', groundingMetadata: { webSearchQueries: ['q'] } })]);
    expect(message.parts).toEqual([{ type: 'text', text: 'x' }]);
  });
});

describe('normalizeGeminiUsage', () => {
  it('counts thoughts as output and tool-use prompt tokens as input, so the parts add up to the total', () => {
    const raw = { promptTokenCount: 100, cachedContentTokenCount: 40, candidatesTokenCount: 20, thoughtsTokenCount: 30, toolUsePromptTokenCount: 5, totalTokenCount: 155 };
    expect(normalizeGeminiUsage(raw)).toEqual({ inputTokens: 105, outputTokens: 50, totalTokens: 155, reasoningTokens: 30, cachedInputTokens: 40, raw });
  });

  it('missing counts are 0 and the total is their sum', () => {
    expect(normalizeGeminiUsage({ promptTokenCount: 4 })).toEqual({ inputTokens: 4, outputTokens: 0, totalTokens: 4, raw: { promptTokenCount: 4 } });
    expect(normalizeGeminiUsage('nonsense')).toMatchObject({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });
  });

  it('a usageMetadata without counts (Vertex AI trafficType alone) is not emitted as usage', () => {
    const parts = decodeParts([chunk([{ text: 'a' }], { finishReason: 'STOP' }, { usageMetadata: { trafficType: 'ON_DEMAND' } })]);
    expect(parts.some((part) => part.type === 'usage')).toBe(false);
  });
});

describe('no chunk crashes the decoder', () => {
  const fieldValue = fc.oneof(fc.jsonValue(), fc.constant(undefined));
  const part = fc.record(
    { text: fieldValue, thought: fieldValue, thoughtSignature: fieldValue, functionCall: fc.oneof(fieldValue, fc.record({ name: fieldValue, args: fieldValue, willContinue: fieldValue, partialArgs: fc.oneof(fieldValue, fc.array(fc.record({ jsonPath: fc.oneof(fieldValue, fc.constantFrom('$.a', '$.a[0].b', "$['k']")), stringValue: fieldValue, willContinue: fieldValue }))) })), inlineData: fieldValue },
    { requiredKeys: [] },
  );
  const candidate = fc.record({ content: fc.oneof(fieldValue, fc.record({ parts: fc.oneof(fieldValue, fc.array(fc.oneof(part, fc.jsonValue()))) })), finishReason: fieldValue, index: fieldValue, groundingMetadata: fieldValue }, { requiredKeys: [] });
  const frame = fc.oneof(
    fc.record({ candidates: fc.oneof(fieldValue, fc.array(fc.oneof(candidate, fc.jsonValue()))), usageMetadata: fieldValue, promptFeedback: fieldValue, modelVersion: fieldValue, error: fc.constant(undefined) }, { requiredKeys: [] }),
    fc.jsonValue(),
    fc.string(),
  );

  it('any sequence of chunks gives parts or a typed protocol error, never another exception', () => {
    fc.assert(
      fc.property(fc.array(frame, { maxLength: 8 }), (frames) => {
        const data = frames.map((value) => (typeof value === 'string' ? value : JSON.stringify(value) ?? 'null'));
        try {
          decodeParts(data);
        } catch (error) {
          expect(error).toBeInstanceOf(ChatStreamError);
          expect((error as ChatStreamError).code).toBe('protocol');
        }
        expect(['complete', 'error']).toContain(decodeMessage(data).status);
      }),
      { numRuns: 300 },
    );
  });
});
