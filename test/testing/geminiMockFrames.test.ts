import { describe, it, expect } from 'vitest';
import { createParser } from 'eventsource-parser';
import { createMockChatRequest, createMockStreamFrames } from '../../src/testing';
import type { MockScenario } from '../../src/testing';

/** A Gemini chunk, loosely typed for assertions. */
interface GeminiChunk {
  candidates?: { content: { parts: Record<string, unknown>[]; role: string }; finishReason?: string; index: number }[];
  usageMetadata?: Record<string, number>;
  error?: { code: number; message: string; status: string };
}

/** The chunks of a Gemini body, parsed by eventsource-parser (not by our code). */
function readChunks(body: string): GeminiChunk[] {
  const chunks: GeminiChunk[] = [];
  createParser({ onEvent: (event) => chunks.push(JSON.parse(event.data) as GeminiChunk) }).feed(body);
  return chunks;
}

const partsOf = (chunks: GeminiChunk[]) => chunks.flatMap((chunk) => chunk.candidates?.[0]?.content.parts ?? []);
const joinText = (parts: Record<string, unknown>[], thought: boolean) =>
  parts.filter((part) => typeof part.text === 'string' && (part.thought === true) === thought).map((part) => part.text as string).join('');

const SCENARIO: MockScenario = {
  reasoning: 'The user wants the weather in two cities.',
  text: 'Looking at both now.',
  toolCalls: [
    { name: 'forecast', arguments: { city: 'Oslo' } },
    { name: 'forecast', arguments: { city: 'Lima', days: 2 } },
  ],
  usage: { promptTokens: 9, completionTokens: 30, reasoningTokens: 10 },
};

describe("the mock in 'gemini'", () => {
  it('writes CRLF-ended events, no terminator, and ends with finishReason and usageMetadata', () => {
    const body = createMockStreamFrames(SCENARIO, undefined, 'gemini').join('');
    expect(body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(body.endsWith('}\r\n\r\n')).toBe(true);
    expect(body).not.toContain('[DONE]');
    const chunks = readChunks(body);
    const last = chunks.at(-1);
    expect(last?.candidates?.[0]?.finishReason).toBe('STOP');
    expect(last?.usageMetadata).toEqual({ promptTokenCount: 9, candidatesTokenCount: 20, totalTokenCount: 39, thoughtsTokenCount: 10 });
    expect(chunks.slice(0, -1).every((chunk) => chunk.candidates?.[0]?.finishReason === undefined && chunk.usageMetadata === undefined)).toBe(true);
  });

  it('sends thoughts as thought parts, signs the first part after them, and each function call whole', () => {
    const parts = partsOf(readChunks(createMockStreamFrames(SCENARIO, undefined, 'gemini').join('')));
    expect(joinText(parts, true)).toBe(SCENARIO.reasoning);
    expect(joinText(parts, false)).toBe(SCENARIO.text);
    const signed = parts.filter((part) => part.thoughtSignature !== undefined);
    expect(signed).toHaveLength(1);
    expect(signed[0]?.text).toBe('Looking');
    expect(parts.filter((part) => part.functionCall !== undefined).map((part) => part.functionCall)).toEqual([
      { name: 'forecast', args: { city: 'Oslo' } },
      { name: 'forecast', args: { city: 'Lima', days: 2 } },
    ]);
  });

  it("maps finish reasons, and sends an in-band error as Google's error object", () => {
    const finish = (scenario: MockScenario) => readChunks(createMockStreamFrames(scenario, undefined, 'gemini').join('')).at(-1)?.candidates?.[0]?.finishReason;
    expect(finish({ text: 'a', finishReason: 'length' })).toBe('MAX_TOKENS');
    expect(finish({ text: 'a', finishReason: 'content_filter' })).toBe('SAFETY');
    expect(finish({ text: 'a', finishReason: 'RECITATION' })).toBe('RECITATION');
    const failed = readChunks(createMockStreamFrames({ text: 'Hello world', fault: { type: 'error-frame', afterTokens: 1, message: 'Overloaded.' } }, undefined, 'gemini').join(''));
    expect(joinText(partsOf(failed), false)).toBe('Hello');
    expect(failed.at(-1)?.error).toEqual({ code: 500, message: 'Overloaded.', status: 'INTERNAL' });
  });

  it('reads the last user text from Gemini contents, for resolvers and the prompt estimate', () => {
    const request = createMockChatRequest('http://mock.test/', JSON.stringify({
      contents: [
        { role: 'user', parts: [{ text: 'Hi' }] },
        { role: 'model', parts: [{ text: 'Hello!' }] },
        { role: 'user', parts: [{ text: 'Weather in ' }, { text: 'Oslo?' }] },
      ],
    }));
    expect(request.lastUserText).toBe('Weather in Oslo?');
    expect(request.messages).toHaveLength(3);
  });

  it('a malformed-frame fault writes one CRLF frame of cut JSON', () => {
    const frames = createMockStreamFrames({ text: 'Hello world', fault: { type: 'malformed-frame', afterTokens: 1 } }, undefined, 'gemini');
    const cut = frames.at(-1) ?? '';
    expect(cut.startsWith('data: {"candidates"')).toBe(true);
    expect(cut.endsWith('\r\n\r\n')).toBe(true);
    expect(() => JSON.parse(cut.slice('data: '.length))).toThrow(SyntaxError);
  });
});
