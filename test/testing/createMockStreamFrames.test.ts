import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createMockChatRequest, createMockStreamFrames, createMockStreamPlan, createSeededRandom, tokenizeMockText } from '../../src/testing';
import { createOpenAIChatDecoder } from '../../src/protocols';
import { collectParts, decodeSse } from '../protocols/decodeFixture';
import { joinDeltas, readChunks, readEventData } from './readMockEvents';

const TEXT = 'Here is **markdown**, a list:\n\n- one\n- two\n\n```ts\nconst x = 1; // ünïcödé 🚀\n```\nDone.';

describe('createMockStreamFrames', () => {
  it('streams a text that parses back to the same text, then finish, usage and [DONE]', () => {
    const body = createMockStreamFrames({ text: TEXT }).join('');
    expect(joinDeltas(body, 'content')).toBe(TEXT);
    const data = readEventData(body);
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = readChunks(body);
    expect(chunks[0]?.choices?.[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.id?.startsWith('chatcmpl-mock'))).toBe(true);
    const finish = chunks.at(-2);
    expect(finish?.choices?.[0]).toEqual({ index: 0, delta: {}, finish_reason: 'stop' });
    const usage = chunks.at(-1);
    expect(usage?.choices).toEqual([]);
    const tokens = chunks.filter((c) => typeof c.choices?.[0]?.delta.content === 'string' && c.choices[0].delta.content !== '');
    expect(usage?.usage).toEqual({ prompt_tokens: 0, completion_tokens: tokens.length, total_tokens: tokens.length });
    expect(tokens.length).toBeGreaterThan(10);
  });

  it('writes the exact wire bytes of a frame', () => {
    const frames = createMockStreamFrames({ text: 'Hi', model: 'm', created: 5, usage: false });
    const id = readChunks(frames.join(''))[0]?.id ?? '';
    expect(frames[1]).toBe(
      `data: {"id":"${id}","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}\n\n`,
    );
    expect(frames).toHaveLength(4);
    expect(frames[3]).toBe('data: [DONE]\n\n');
  });

  it('sends reasoning in the chosen field and counts its tokens in the usage', () => {
    for (const field of ['reasoning_content', 'reasoning'] as const) {
      const body = createMockStreamFrames({ reasoning: 'Let me think about it.', reasoningField: field, text: 'Yes.' }).join('');
      expect(joinDeltas(body, field)).toBe('Let me think about it.');
      expect(joinDeltas(body, 'content')).toBe('Yes.');
      const details = readChunks(body).at(-1)?.usage?.completion_tokens_details as { reasoning_tokens: number };
      expect(details.reasoning_tokens).toBe(tokenizeMockText('Let me think about it.', createSeededRandom(1)).length);
    }
  });

  it('sends a refusal and explicit usage numbers, and takes the model and prompt size from the request', () => {
    const request = createMockChatRequest('/x', JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: '12345678' }] }));
    const body = createMockStreamFrames({ refusal: "I can't help with that.", usage: { completionTokens: 7, cachedTokens: 1 } }, request).join('');
    expect(joinDeltas(body, 'refusal')).toBe("I can't help with that.");
    const chunks = readChunks(body);
    expect(chunks.every((c) => c.model === 'gpt-test')).toBe(true);
    expect(chunks.at(-1)?.usage).toEqual({ prompt_tokens: 2, completion_tokens: 7, total_tokens: 9, prompt_tokens_details: { cached_tokens: 1 } });
  });

  it('streams tool calls the way OpenAI does: header delta, then argument fragments by index', () => {
    const args = { city: 'Edinburgh', country: 'UK', units: ['celsius'] };
    const body = createMockStreamFrames({
      toolCalls: [
        { name: 'get_weather', arguments: args, id: 'call_a' },
        { name: 'get_time', arguments: '{"tz":"Europe/London"}' },
      ],
    }).join('');
    const calls = readChunks(body).flatMap((c) => (c.choices?.[0]?.delta.tool_calls ?? []) as Record<string, unknown>[]);
    const headers = calls.filter((call) => call.id !== undefined);
    expect(headers).toHaveLength(2);
    expect(headers[0]).toEqual({ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } });
    expect(headers[1]).toMatchObject({ index: 1, type: 'function', function: { name: 'get_time', arguments: '' } });
    expect(String(headers[1]?.id)).toMatch(/^call_[A-Za-z0-9]{24}$/);
    const argsOf = (index: number): string =>
      calls.filter((call) => call.index === index).map((call) => (call.function as { arguments: string }).arguments).join('');
    expect(argsOf(0)).toBe(JSON.stringify(args));
    expect(argsOf(1)).toBe('{"tz":"Europe/London"}');
    expect(calls.filter((call) => call.index === 0).length).toBeGreaterThan(3);
    expect(readChunks(body).at(-2)?.choices?.[0]?.finish_reason).toBe('tool_calls');
  });

  it("sends each call in one delta without index in the 'whole' style", () => {
    const body = createMockStreamFrames({
      toolCalls: [{ name: 'a', arguments: { x: 1 } }, { name: 'b', arguments: {} }],
      toolCallStyle: 'whole',
      finishReason: 'stop',
    }).join('');
    const calls = readChunks(body).flatMap((c) => (c.choices?.[0]?.delta.tool_calls ?? []) as Record<string, unknown>[]);
    expect(calls.map((call) => call.function)).toEqual([{ name: 'a', arguments: '{"x":1}' }, { name: 'b', arguments: '{}' }]);
    expect(calls.every((call) => !('index' in call) && typeof call.id === 'string')).toBe(true);
    expect(readChunks(body).at(-2)?.choices?.[0]?.finish_reason).toBe('stop');
  });

  it("decodes through the library's own OpenAI decoder, however the bytes are cut", () => {
    const scenario = { reasoning: 'Hmm.', text: TEXT, toolCalls: [{ name: 'f', arguments: { q: 'ü' } }] };
    const body = createMockStreamFrames(scenario).join('');
    const collected = collectParts(decodeSse(createOpenAIChatDecoder(), body, 7));
    expect(collected.text[0]).toBe(TEXT);
    expect(collected.reasoning[0]).toBe('Hmm.');
    expect(collected.toolCalls['0:0']).toMatchObject({ name: 'f', arguments: '{"q":"ü"}' });
    expect(collected.finishes).toEqual([{ choice: 0, reason: 'tool_calls' }]);
    expect(collected.usage).toHaveLength(1);
    expect(collected.doneCount).toBe(1);
  });

  it('tokenizes losslessly, any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), fc.integer(), (text, seed) => {
        expect(tokenizeMockText(text, createSeededRandom(seed)).join('')).toBe(text);
      }),
    );
    expect(tokenizeMockText('Hello world, again!', createSeededRandom(1))).toEqual(['Hello', ' world', ',', ' again', '!']);
  });
});

describe('createMockStreamPlan determinism and chunking', () => {
  const scenario = { text: TEXT, jitter: 0.5, tokensPerSecond: 100, chunkSize: 13, toolCalls: [{ name: 'f', arguments: { a: 'long argument value' } }] };

  it('gives identical frames, chunks and delays for the same seed', () => {
    expect(createMockStreamPlan({ ...scenario, seed: 42 })).toEqual(createMockStreamPlan({ ...scenario, seed: 42 }));
    expect(createMockStreamFrames({ ...scenario, seed: 42 })).toEqual(createMockStreamFrames({ ...scenario, seed: 42 }));
  });

  it('changes ids and delays with the seed', () => {
    const a = createMockStreamPlan({ ...scenario, seed: 1 });
    const b = createMockStreamPlan({ ...scenario, seed: 2 });
    expect(a.chunks.map((c) => c.delayMs)).not.toEqual(b.chunks.map((c) => c.delayMs));
    expect(readChunks(createMockStreamFrames({ ...scenario, seed: 1 }).join(''))[0]?.id).not.toBe(
      readChunks(createMockStreamFrames({ ...scenario, seed: 2 }).join(''))[0]?.id,
    );
  });

  it('re-cuts the wire bytes into chunks of chunkSize, splitting frames and characters', () => {
    const plan = createMockStreamPlan(scenario);
    const frames = createMockStreamFrames(scenario).join('');
    const sizes = plan.chunks.map((c) => c.bytes.length);
    expect(sizes.slice(0, -1).every((size) => size === 13)).toBe(true);
    expect(sizes.at(-1)).toBeLessThanOrEqual(13);
    const decoder = new TextDecoder();
    const text = plan.chunks.map((c) => decoder.decode(c.bytes, { stream: true })).join('') + decoder.decode();
    expect(text).toBe(frames);
    expect(plan.chunks.every((c) => c.delayMs >= 0)).toBe(true);
    expect(plan.status).toBe(200);
    expect(plan.headers['content-type']).toMatch(/^text\/event-stream/);
  });

  it('keeps the same bytes whatever the timing options', () => {
    const steady = createMockStreamFrames({ text: TEXT });
    expect(createMockStreamFrames({ text: TEXT, jitter: 1, tokensPerSecond: 5, firstTokenDelayMs: 300, chunkSize: 3 })).toEqual(steady);
  });
});
