import { describe, it, expect } from 'vitest';
import type { ChatPart, SourcePart, TextPart, ToolCallPart } from '../../../src/message';
import { decodeGemini, GEMINI_FIXTURES, wireChunks, wireSignatures, wireText } from './geminiFixture';

const F = (file: string) => `gemini/${file}`;
const usageOf = (name: string) => {
  const { raw, ...usage } = decodeGemini(name).metadata!.usage!;
  return { usage, raw };
};
const types = (parts: readonly ChatPart[]) => parts.map((part) => part.type);

describe('Gemini fixtures decode to the asserted final message', () => {
  it('covers all ten recordings', () => {
    expect(GEMINI_FIXTURES).toHaveLength(10);
  });

  it('text-thought-signature-on-empty-final-part: one text part that carries the signature of the last, empty part', () => {
    const name = F('text-thought-signature-on-empty-final-part.sse');
    const message = decodeGemini(name);
    expect(message.status).toBe('complete');
    expect(message.parts).toEqual([
      { type: 'text', text: 'There are **3** "r"s in strawberry.\n\nst**r**awbe**rr**y', providerData: { thoughtSignature: wireSignatures(name)[0] } },
    ]);
    expect(wireSignatures(name)).toHaveLength(1);
    expect(message.metadata).toMatchObject({ finishReason: 'STOP', model: 'gemini-3-pro-preview', responseId: 'bH6LaZW8Fp_3nsEPqtaSwQ4' });
    // 23 candidate tokens and 185 thought tokens: output counts both.
    expect(usageOf(name).usage).toEqual({ inputTokens: 9, outputTokens: 208, totalTokens: 217, reasoningTokens: 185 });
  });

  it('thought-summaries-then-text: reasoning from the thought parts, then the text with the signature of its first part', () => {
    const name = F('thought-summaries-then-text.crlf.sse');
    const message = decodeGemini(name);
    expect(message.status).toBe('complete');
    expect(types(message.parts)).toEqual(['reasoning', 'text']);
    const [reasoning, text] = message.parts as [ChatPart & { type: 'reasoning' }, TextPart];
    expect(reasoning.text).toBe(wireText(name, true));
    expect(reasoning.text.startsWith('**Clarifying User Goals**\n\n')).toBe(true);
    expect(reasoning.signature).toBeUndefined();
    expect(text.text).toBe(wireText(name, false));
    expect(text.text).toHaveLength(1938);
    expect(text.providerData).toEqual({ thoughtSignature: wireSignatures(name)[0] });
    expect(message.metadata).toMatchObject({ finishReason: 'STOP', model: 'gemini-2.5-pro', responseId: 'beHBaJfEMIi-qtsP3769-Q8' });
    expect(usageOf(name).usage).toEqual({ inputTokens: 34, outputTokens: 1256, totalTokens: 1290, reasoningTokens: 787 });
  });

  it('thought-summaries-then-function-call: reasoning, then the signed weather call; the empty last text adds no part', () => {
    const name = F('thought-summaries-then-function-call.crlf.sse');
    const message = decodeGemini(name);
    expect(message.status).toBe('complete');
    expect(types(message.parts)).toEqual(['reasoning', 'tool-call']);
    expect((message.parts[0] as { text: string }).text).toBe(wireText(name, true));
    expect(message.parts[1]).toEqual({
      type: 'tool-call',
      toolCallId: 'call_fixture-message_0_0',
      toolName: 'weather',
      argumentsText: '{"city":"San Francisco"}',
      args: { city: 'San Francisco' },
      state: 'ready',
      providerData: { thoughtSignature: wireSignatures(name)[0] },
    });
    expect(message.metadata?.finishReason).toBe('STOP');
    expect(usageOf(name).usage).toEqual({ inputTokens: 131, outputTokens: 110, totalTokens: 241, reasoningTokens: 95 });
  });

  it('two-function-calls-one-chunk: two calls with their own index; only the first is signed', () => {
    const name = F('two-function-calls-one-chunk.sse');
    const message = decodeGemini(name);
    expect(message.status).toBe('complete');
    const calls = message.parts as ToolCallPart[];
    expect(calls.map(({ toolCallId, toolName, args, state }) => ({ toolCallId, toolName, args, state }))).toEqual([
      { toolCallId: 'call_fixture-message_0_0', toolName: 'weather', args: { city: 'San Francisco' }, state: 'ready' },
      { toolCallId: 'call_fixture-message_0_1', toolName: 'weather', args: { city: 'Santa Cruz' }, state: 'ready' },
    ]);
    expect(calls[0]!.providerData).toEqual({ thoughtSignature: wireSignatures(name)[0] });
    expect(calls[1]!.providerData).toBeUndefined();
    expect(message.metadata).toMatchObject({ finishReason: 'STOP', model: 'gemini-2.5-flash' });
    expect(usageOf(name).usage).toEqual({ inputTokens: 68, outputTokens: 107, totalTokens: 175, reasoningTokens: 79 });
  });

  it('google-search-grounding-metadata: the text, then one url source per supported span and page, offsets into the text', () => {
    const name = F('google-search-grounding-metadata.crlf.sse');
    const message = decodeGemini(name);
    expect(message.status).toBe('complete');
    expect(types(message.parts)).toEqual(['text', ...Array<string>(9).fill('source')]);
    const text = (message.parts[0] as TextPart).text;
    expect(text).toBe(wireText(name, false));
    const sources = message.parts.slice(1) as SourcePart[];
    const grounding = wireChunks(name).at(-1)!.candidates![0]!.groundingMetadata!;
    // Every span's offsets select exactly its cited text, although Gemini counts them in UTF-8 bytes ("°" is two).
    for (const source of sources) expect(text.slice(source.startIndex, source.endIndex)).toBe(source.citedText);
    expect(sources[0]).toEqual({
      type: 'source',
      sourceType: 'url',
      url: 'https://www.google.com/search?q=weather+in+San Francisco, CA,+US',
      title: 'Weather information for San Francisco, CA, US',
      citedText: 'As of Tuesday afternoon, the temperature is around 69°F (21°C), with a real feel of about 76°F (24°C) and humidity at approximately 68%.',
      startIndex: 235,
      endIndex: 371,
    });
    expect(grounding.groundingSupports[0]!.segment).toMatchObject({ startIndex: 235, endIndex: 375 });
    // The support that names chunks 4 and 1 gives two sources for one span.
    expect(sources.map((source) => source.title)).toEqual([
      'Weather information for San Francisco, CA, US', 'timeanddate.com', 'Weather information for San Francisco, CA, US', 'weather.gov',
      'wunderground.com', 'weather.gov', 'accuweather.com', 'timeanddate.com', 'Weather information for San Francisco, CA, US',
    ]);
    expect(new Set(sources.map((source) => source.url))).toEqual(new Set(grounding.groundingChunks.map((chunk) => chunk.web.uri)));
    expect(usageOf(name).usage).toEqual({ inputTokens: 119, outputTokens: 653, totalTokens: 772, reasoningTokens: 412 });
  });

  it('max-tokens-thinking-budget: the cut text kept, finish MAX_TOKENS, the message complete', () => {
    const name = F('max-tokens-thinking-budget.sse');
    const message = decodeGemini(name);
    expect(message.status).toBe('complete');
    expect(message.parts).toEqual([{ type: 'text', text: wireText(name, false) }]);
    expect((message.parts[0] as TextPart).text.endsWith('it collides with these gas molecules and particles.')).toBe(true);
    expect(message.metadata).toMatchObject({ finishReason: 'MAX_TOKENS', model: 'gemini-2.5-flash', responseId: 'qS77aMCqBu6mvr0PsJiykAw' });
    expect(usageOf(name).usage).toEqual({ inputTokens: 7, outputTokens: 198, totalTokens: 205, reasoningTokens: 45 });
  });

  it('finish-safety-blocked-rating: finish SAFETY with the text kept and no error, as @google/genai reports it', () => {
    const name = F('finish-safety-blocked-rating.crlf.sse');
    const message = decodeGemini(name);
    expect(message.status).toBe('complete');
    expect(message.metadata?.error).toBeUndefined();
    expect(message.parts).toEqual([{ type: 'text', text: '<redacted>' }]);
    expect(message.metadata).toMatchObject({ finishReason: 'SAFETY', model: 'gemini-1.5-flash' });
    expect(usageOf(name).usage).toEqual({ inputTokens: 10, outputTokens: 66, totalTokens: 76 });
  });

  it('prompt-blocked-safety: no parts, finish PROMPT_BLOCKED, the block reason and ratings in metadata.custom', () => {
    const name = F('prompt-blocked-safety.crlf.sse');
    const message = decodeGemini(name);
    expect(message.status).toBe('complete');
    expect(message.parts).toEqual([]);
    expect(message.metadata?.finishReason).toBe('PROMPT_BLOCKED');
    expect(message.metadata?.custom).toEqual({ promptFeedback: wireChunks(name)[0]!.promptFeedback });
    expect((message.metadata?.custom?.promptFeedback as { blockReason: string }).blockReason).toBe('SAFETY');
    expect(message.metadata?.usage).toBeUndefined();
  });

  it('vertex-streamed-function-call-args: the pieces join into two calls with their arguments, the first signed', () => {
    const name = F('vertex-streamed-function-call-args.sse');
    const message = decodeGemini(name);
    expect(message.status).toBe('complete');
    const calls = message.parts as ToolCallPart[];
    expect(calls.map(({ toolName, argumentsText, args, state }) => ({ toolName, argumentsText, args, state }))).toEqual([
      { toolName: 'getWeather', argumentsText: '{"location":"Boston"}', args: { location: 'Boston' }, state: 'ready' },
      { toolName: 'getWeather', argumentsText: '{"location":"San Francisco"}', args: { location: 'San Francisco' }, state: 'ready' },
    ]);
    expect(calls[0]!.providerData).toEqual({ thoughtSignature: wireSignatures(name)[0] });
    expect(message.metadata).toMatchObject({ finishReason: 'STOP', model: 'gemini-3.1-pro-preview', responseId: 'dqHOab6xGLzWodAPkPuViA4' });
    // The earlier chunks' usage holds only trafficType; the last one's counts win.
    expect(usageOf(name).usage).toEqual({ inputTokens: 26, outputTokens: 155, totalTokens: 181, reasoningTokens: 132 });
  });

  it('vertex-thought-then-no-args-function-calls: reasoning, a call without args, three streamed calls', () => {
    const name = F('vertex-thought-then-no-args-function-calls.sse');
    const message = decodeGemini(name);
    expect(message.status).toBe('complete');
    expect(types(message.parts)).toEqual(['reasoning', 'tool-call', 'tool-call', 'tool-call', 'tool-call']);
    expect((message.parts[0] as { text: string }).text).toBe(wireText(name, true));
    const calls = message.parts.slice(1) as ToolCallPart[];
    expect(calls.map(({ toolCallId, toolName, args, state }) => ({ toolCallId, toolName, args, state }))).toEqual([
      { toolCallId: 'call_fixture-message_0_0', toolName: 'read_theme', args: {}, state: 'ready' },
      { toolCallId: 'call_fixture-message_0_1', toolName: 'read_screen', args: { id: 'A' }, state: 'ready' },
      { toolCallId: 'call_fixture-message_0_2', toolName: 'read_screen', args: { id: 'B' }, state: 'ready' },
      { toolCallId: 'call_fixture-message_0_3', toolName: 'read_screen', args: { id: 'C' }, state: 'ready' },
    ]);
    expect(calls[0]!.providerData).toEqual({ thoughtSignature: wireSignatures(name)[0] });
    expect(message.metadata).toMatchObject({ finishReason: 'STOP', model: 'gemini-3-flash-preview' });
    expect(usageOf(name).usage).toEqual({ inputTokens: 249, outputTokens: 241, totalTokens: 490, reasoningTokens: 183 });
  });

  it('keeps the raw usageMetadata of the last chunk with counts', () => {
    const name = F('max-tokens-thinking-budget.sse');
    expect(usageOf(name).raw).toEqual(wireChunks(name).at(-1)!.usageMetadata);
  });
});
