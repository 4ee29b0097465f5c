import { describe, it, expect } from 'vitest';
import { createOpenAIChatDecoder } from '../../src/protocols';
import type { StreamPart } from '../../src/protocols';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import { collectParts, concatJsonStrings, decodeSse, readFixture } from './decodeFixture';

/** Decodes a fixture fed in 13-character pieces, so frames are split across reads. */
function decodeFixture(name: string): StreamPart[] {
  return decodeSse(createOpenAIChatDecoder(), readFixture(name), 13);
}

function collectFixture(name: string) {
  return collectParts(decodeFixture(name));
}

/** Decodes hand-written frames, one `data` string each. */
function decodeFrames(frames: readonly (string | object)[]): StreamPart[] {
  const decoder = createOpenAIChatDecoder();
  const parts: StreamPart[] = [];
  for (const frame of frames) {
    decoder.decode({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) }, (part) => parts.push(part));
  }
  return parts;
}

const empty = { text: {}, reasoning: {}, refusal: {}, toolCalls: {}, finishes: [], usage: [], errors: [], doneCount: 1 };

describe('createOpenAIChatDecoder on openai-chat fixtures', () => {
  it('plain-text-usage: text, stop, usage from the choices:[] chunk, metadata once, done', () => {
    const parts = decodeFixture('openai-chat/plain-text-usage.sse');
    expect(collectParts(parts)).toEqual({
      ...empty,
      text: {
        0: "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or a weather app.",
      },
      finishes: [{ choice: 0, reason: 'stop' }],
      usage: [
        {
          inputTokens: 14,
          outputTokens: 30,
          totalTokens: 44,
          reasoningTokens: 0,
          raw: { prompt_tokens: 14, completion_tokens: 30, total_tokens: 44, completion_tokens_details: { reasoning_tokens: 0 } },
        },
      ],
      metadata: [{ type: 'metadata', id: 'chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL', model: 'gpt-4o-2024-08-06', created: 1727346168 }],
    });
    expect(parts[0]?.type).toBe('metadata');
    expect(parts.slice(-3).map((part) => part.type)).toEqual(['finish', 'usage', 'done']);
  });

  it('long-text-usage-obfuscation: 300 text deltas matching an independent regex concatenation', () => {
    const raw = readFixture('openai-chat/long-text-usage-obfuscation.sse');
    const parts = decodeSse(createOpenAIChatDecoder(), raw, 13);
    const got = collectParts(parts);
    const text = got.text[0] ?? '';
    expect(text).toHaveLength(1724);
    expect(text.startsWith('**Holiday Name:** Harmony Day\n\n**Date:** Celebrated annually on the first Saturday of May')).toBe(true);
    expect(text.endsWith('we are all connected through shared human experiences and mutual respect.')).toBe(true);
    expect(text).toBe(concatJsonStrings(raw, 'content'));
    expect(parts.filter((part) => part.type === 'text')).toHaveLength(300);
    expect(got).toEqual({
      ...empty,
      text: { 0: text },
      finishes: [{ choice: 0, reason: 'stop' }],
      usage: [{ inputTokens: 16, outputTokens: 300, totalTokens: 316, reasoningTokens: 0, cachedInputTokens: 0, raw: expect.objectContaining({ total_tokens: 316 }) }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-D8Z5oo6uDh67AD85p73ksdT1KxhE0', model: 'gpt-4.1-nano-2025-04-14', created: 1770933892 }],
    });
  });

  it('parallel-tool-calls-usage: two calls merged by index, each with its own id and name', () => {
    expect(collectFixture('openai-chat/parallel-tool-calls-usage.sse')).toEqual({
      ...empty,
      toolCalls: {
        '0:0': { id: 'call_JMW1whyEaYG438VE1OIflxA2', name: 'GetWeatherArgs', arguments: '{"city": "Edinburgh", "country": "GB", "units": "c"}' },
        '0:1': { id: 'call_DNYTawLBoN8fj3KN6qU9N1Ou', name: 'get_stock_price', arguments: '{"ticker": "AAPL", "exchange": "NASDAQ"}' },
      },
      finishes: [{ choice: 0, reason: 'tool_calls' }],
      usage: [{ inputTokens: 149, outputTokens: 60, totalTokens: 209, reasoningTokens: 0, raw: expect.anything() }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-ABfwAwrNePHUgBBezonVC6MX3zd63', model: 'gpt-4o-2024-08-06', created: 1727346178 }],
    });
  });

  it('single-tool-call-usage: one call, content null ignored', () => {
    expect(collectFixture('openai-chat/single-tool-call-usage.sse')).toEqual({
      ...empty,
      toolCalls: {
        '0:0': { id: 'call_c91SqDXlYFuETYv8mUHzz6pp', name: 'GetWeatherArgs', arguments: '{"city":"Edinburgh","country":"UK","units":"c"}' },
      },
      finishes: [{ choice: 0, reason: 'tool_calls' }],
      usage: [{ inputTokens: 76, outputTokens: 24, totalTokens: 100, reasoningTokens: 0, raw: expect.anything() }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-ABfw8AOXnoa2kzy11vVTSjuQhHCQr', model: 'gpt-4o-2024-08-06', created: 1727346176 }],
    });
  });

  it('refusal-usage: refusal fragments become refusal parts, no text', () => {
    expect(collectFixture('openai-chat/refusal-usage.sse')).toEqual({
      ...empty,
      refusal: { 0: "I'm sorry, I can't assist with that request." },
      finishes: [{ choice: 0, reason: 'stop' }],
      usage: [{ inputTokens: 79, outputTokens: 11, totalTokens: 90, reasoningTokens: 0, raw: expect.anything() }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-ABfw4IfQfCCrcuybFm41wJyxjbkz7', model: 'gpt-4o-2024-08-06', created: 1727346172 }],
    });
  });

  it('length-finish-max-tokens-1: finish reason length', () => {
    expect(collectFixture('openai-chat/length-finish-max-tokens-1.sse')).toEqual({
      ...empty,
      text: { 0: '{"' },
      finishes: [{ choice: 0, reason: 'length' }],
      usage: [{ inputTokens: 79, outputTokens: 1, totalTokens: 80, reasoningTokens: 0, raw: expect.anything() }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-ABfw3Oqj8RD0z6aJiiX37oTjV2HFh', model: 'gpt-4o-2024-08-06', created: 1727346171 }],
    });
  });

  it('n3-multiple-choices-usage: three interleaved choices kept apart', () => {
    expect(collectFixture('openai-chat/n3-multiple-choices-usage.sse')).toEqual({
      ...empty,
      text: {
        0: '{"city":"San Francisco","temperature":65,"units":"f"}',
        1: '{"city":"San Francisco","temperature":61,"units":"f"}',
        2: '{"city":"San Francisco","temperature":59,"units":"f"}',
      },
      finishes: [
        { choice: 0, reason: 'stop' },
        { choice: 1, reason: 'stop' },
        { choice: 2, reason: 'stop' },
      ],
      usage: [{ inputTokens: 79, outputTokens: 42, totalTokens: 121, reasoningTokens: 0, raw: expect.anything() }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-ABfw2KKFuVXmEJgVwYfBvejMAdWtq', model: 'gpt-4o-2024-08-06', created: 1727346170 }],
    });
  });

  it('legacy-function-call: function_call becomes tool call 0 without id', () => {
    const parts = decodeFixture('openai-chat/legacy-function-call.sse');
    expect(collectParts(parts)).toEqual({
      ...empty,
      toolCalls: { '0:0': { id: '', name: 'repl', arguments: '{\n  "code": "print(\\"hi\\")",\n  "language": "python"\n}' } },
      finishes: [{ choice: 0, reason: 'function_call' }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-7WDJd9KHUR8nbbawGGEuLF3uoYGRh', model: 'gpt-3.5-turbo-0613', created: 1687912037 }],
    });
    const calls = parts.filter((part) => part.type === 'tool-call');
    expect(calls).toHaveLength(20);
    expect(calls.every((part) => part.id === undefined && part.index === 0)).toBe(true);
  });

  it('error-after-output: text, then an error part carrying a server ChatStreamError, then done', () => {
    const parts = decodeFixture('openai-chat/error-after-output.sse');
    const got = collectParts(parts);
    expect(got).toEqual({
      ...empty,
      text: { 0: 'Hello' },
      errors: [expect.any(ChatStreamError)],
      metadata: [{ type: 'metadata', id: 'chatcmpl-error-after-output', model: 'gpt-3.5-turbo-0613', created: 1702657020 }],
    });
    const error = got.errors[0];
    expect(error?.code).toBe('server');
    expect(error?.message).toBe('stream failed after output');
    expect(error?.providerCode).toBe('server_error');
    expect(error?.retryable).toBe(true);
    expect(error?.body).toEqual({ error: { message: 'stream failed after output', type: 'server_error', param: null, code: null } });
    expect(parts.map((part) => part.type)).toEqual(['metadata', 'text', 'error', 'done']);
  });
});

describe('createOpenAIChatDecoder on openai-compatible fixtures', () => {
  it('anthropic-compat-tool-index-starts-at-1: the call keeps index 1 and no call 0 appears', () => {
    const raw = readFixture('openai-compatible/anthropic-compat-tool-index-starts-at-1.sse');
    expect(collectParts(decodeSse(createOpenAIChatDecoder(), raw, 13))).toEqual({
      ...empty,
      // The recording ends `data: [DONE]\n` with no blank line, so a spec-following SSE parser never
      // dispatches it; only a reader that terminates the last event at end of body sees `done`.
      doneCount: 0,
      text: { 0: 'Reading it.' },
      toolCalls: { '0:1': { id: 'toolu_sanitized', name: 'read_file', arguments: '{"path": "a.txt"}' } },
      finishes: [{ choice: 0, reason: 'tool_calls' }],
      // `created: 0` is a placeholder and is left out.
      metadata: [{ type: 'metadata', id: 'msg_sanitized', model: 'claude-haiku-4-5-20251001' }],
    });
    expect(decodeSse(createOpenAIChatDecoder(), `${raw}\n`).at(-1)).toEqual({ type: 'done' });
  });

  it('azure-async-filter-content-filter-finish: empty placeholders skipped, delta-less chunks, [DONE] with a space', () => {
    const parts = decodeFixture('openai-compatible/azure-async-filter-content-filter-finish.sse');
    expect(collectParts(parts)).toEqual({
      ...empty,
      text: { 0: 'Hey Jude, better' },
      finishes: [{ choice: 0, reason: 'content_filter' }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-8JCbt5d4luUIhYCI7YH4dQK7hnHx2', model: 'gpt-35-turbo', created: 1699587397 }],
    });
    expect(parts.at(-1)).toEqual({ type: 'done' });
  });

  it('azure-model-router-prompt-filter-results: reasoning tokens and cached tokens in usage', () => {
    expect(collectFixture('openai-compatible/azure-model-router-prompt-filter-results.sse')).toEqual({
      ...empty,
      text: { 0: 'Capital of Denmark.' },
      finishes: [{ choice: 0, reason: 'stop' }],
      usage: [{ inputTokens: 15, outputTokens: 78, totalTokens: 93, reasoningTokens: 64, cachedInputTokens: 0, raw: expect.objectContaining({ total_tokens: 93 }) }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-CYPS1lijGoK8gd9lYzY3r9Sx50nbt', model: 'gpt-5-nano-2025-08-07', created: 1762317021 }],
    });
  });

  it('deepseek-chat-parallel-tool-calls: two calls; usage on the finish chunk comes after the finish', () => {
    const parts = decodeFixture('openai-compatible/deepseek-chat-parallel-tool-calls.sse');
    expect(collectParts(parts)).toEqual({
      ...empty,
      toolCalls: {
        '0:0': { id: 'call_0_7d6a342f-6da3-400c-a4f9-d80055fd7c74', name: 'search', arguments: '{"query": "Detroit Tigers game time today"}' },
        '0:1': { id: 'call_1_b0aff31e-ccb8-4418-a5fa-2d16caaf7945', name: 'get_weather', arguments: '{"city": "Detroit"}' },
      },
      finishes: [{ choice: 0, reason: 'tool_calls' }],
      usage: [{ inputTokens: 223, outputTokens: 43, totalTokens: 266, cachedInputTokens: 192, raw: expect.objectContaining({ prompt_cache_hit_tokens: 192 }) }],
      metadata: [{ type: 'metadata', id: 'faf49efa-a41c-4e8c-b499-80bc70a11550', model: 'deepseek-chat', created: 1752809311 }],
    });
    expect(parts.slice(-3).map((part) => part.type)).toEqual(['finish', 'usage', 'done']);
  });

  it('deepseek-reasoner-reasoning-content: reasoning_content as reasoning, before the text', () => {
    const raw = readFixture('openai-compatible/deepseek-reasoner-reasoning-content.sse');
    const parts = decodeSse(createOpenAIChatDecoder(), raw, 13);
    const got = collectParts(parts);
    const reasoning = got.reasoning[0] ?? '';
    expect(reasoning).toHaveLength(606);
    expect(reasoning.startsWith('We need to count the number of the letter "r" in the word "strawberry".')).toBe(true);
    expect(reasoning.endsWith('The "r"s are at positions 3, 8, and 9. So yes, 3.\n\nThus, the answer is 3.')).toBe(true);
    expect(reasoning).toBe(concatJsonStrings(raw, 'reasoning_content'));
    expect(got).toEqual({
      ...empty,
      text: { 0: 'The word "strawberry" contains three "r"s.' },
      reasoning: { 0: reasoning },
      finishes: [{ choice: 0, reason: 'stop' }],
      usage: [{ inputTokens: 18, outputTokens: 219, totalTokens: 237, reasoningTokens: 205, cachedInputTokens: 0, raw: expect.anything() }],
      metadata: [{ type: 'metadata', id: 'cac7192e-e619-40c6-96b0-ed4276bc03ac', model: 'deepseek-reasoner', created: 1764661832 }],
    });
    const types = parts.map((part) => part.type);
    expect(types.filter((type) => type === 'reasoning')).toHaveLength(205);
    expect(types.lastIndexOf('reasoning')).toBeLessThan(types.indexOf('text'));
  });

  it('groq-whole-tool-call-x-groq-usage: whole call with index last; top-level usage only', () => {
    expect(collectFixture('openai-compatible/groq-whole-tool-call-x-groq-usage.sse')).toEqual({
      ...empty,
      toolCalls: { '0:0': { id: 'tk85n1k4m', name: 'weather', arguments: '{}' } },
      finishes: [{ choice: 0, reason: 'tool_calls' }],
      usage: [{ inputTokens: 210, outputTokens: 15, totalTokens: 225, raw: expect.objectContaining({ queue_time: 0.041520249 }) }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-b610d559-f156-4aca-8827-24b4fe6af54f', model: 'llama-3.3-70b-versatile', created: 1770770843 }],
    });
  });

  it('llamacpp-server-text-usage-timings: text with Harmony tokens kept, usage on the finish chunk', () => {
    expect(collectFixture('openai-compatible/llamacpp-server-text-usage-timings.sse')).toEqual({
      ...empty,
      text: {
        0: '<|channel|>analysis<|message|>User says "test". Likely wants a test response. We\'ll respond acknowledging.<|start|>assistant<|channel|>final<|message|>Got it! If you have any questions or need assistance, just let me know.',
      },
      finishes: [{ choice: 0, reason: 'stop' }],
      usage: [{ inputTokens: 82, outputTokens: 43, totalTokens: 125, raw: { completion_tokens: 43, prompt_tokens: 82, total_tokens: 125 } }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-vNFkZJhOjej6wdhkhSEvVAqZIJRwLI6x', model: 'gpt-3.5-turbo', created: 1754518951 }],
    });
  });

  it('mistral-whole-tool-call-no-index: a call without index becomes call 0, then finish, then usage', () => {
    const parts = decodeFixture('openai-compatible/mistral-whole-tool-call-no-index.sse');
    expect(collectParts(parts)).toEqual({
      ...empty,
      toolCalls: { '0:0': { id: 'gSIMJiOkT', name: 'weather', arguments: '{"location": "San Francisco"}' } },
      finishes: [{ choice: 0, reason: 'tool_calls' }],
      usage: [{ inputTokens: 124, outputTokens: 22, totalTokens: 146, raw: { prompt_tokens: 124, total_tokens: 146, completion_tokens: 22 } }],
      metadata: [{ type: 'metadata', id: 'b3999b8c93e04e11bcbff7bcab829667', model: 'mistral-small-latest', created: 1769088854 }],
    });
    expect(parts.map((part) => part.type)).toEqual(['metadata', 'tool-call', 'finish', 'usage', 'done']);
  });

  it('ollama-v1-parallel-tool-calls-whole: whole calls in separate chunks', () => {
    expect(collectFixture('openai-compatible/ollama-v1-parallel-tool-calls-whole.sse')).toEqual({
      ...empty,
      toolCalls: {
        '0:0': { id: 'call_809l7n8f', name: 'run_command', arguments: '{"command":"ls -la"}' },
        '0:1': { id: 'call_oqp1e2a1', name: 'run_command', arguments: '{"command":"ls -la","cwd":"/path/to/directory"}' },
      },
      finishes: [{ choice: 0, reason: 'tool_calls' }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-225', model: 'qwen2.5-coder:7b-instruct-q8_0', created: 1744655392 }],
    });
  });

  it('ollama-v1-reasoning-field-usage: delta.reasoning as reasoning, metadata from the first chunk only', () => {
    expect(collectFixture('openai-compatible/ollama-v1-reasoning-field-usage.sse')).toEqual({
      ...empty,
      reasoning: { 0: 'The user says "hi". Probably wants to greet. We can respond with a friendly greeting.' },
      text: { 0: 'Hello there! 👋 How can I help you today?' },
      finishes: [{ choice: 0, reason: 'stop' }],
      usage: [{ inputTokens: 68, outputTokens: 41, totalTokens: 109, raw: expect.anything() }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-424', model: 'gpt-oss:20b', created: 1779946378 }],
    });
  });

  it('vllm-tool-call-name-then-args: name first without arguments key; empty model left out', () => {
    const parts = decodeFixture('openai-compatible/vllm-tool-call-name-then-args.sse');
    expect(collectParts(parts)).toEqual({
      ...empty,
      toolCalls: { '0:0': { id: 'chatcmpl-tool-ca99dda515524c6abe47d1ea22813507', name: 'run_command', arguments: '{"command": "ls"}' } },
      finishes: [{ choice: 0, reason: 'tool_calls' }],
      metadata: [{ type: 'metadata', id: 'chatcmpl-d0c68c86be0641129cffa5053c0c217e', created: 1744513664 }],
    });
    const first = parts.find((part) => part.type === 'tool-call');
    expect(first).toMatchObject({ name: 'run_command', argumentsDelta: '' });
  });
});

describe('createOpenAIChatDecoder frame handling', () => {
  it('decodes every fixture the same whether fed whole, in 13-character pieces or byte by byte', () => {
    const names = [
      'openai-chat/n3-multiple-choices-usage.sse',
      'openai-chat/parallel-tool-calls-usage.sse',
      'openai-compatible/azure-async-filter-content-filter-finish.sse',
      'openai-compatible/mistral-whole-tool-call-no-index.sse',
      'openai-compatible/ollama-v1-reasoning-field-usage.sse',
    ];
    for (const name of names) {
      const raw = readFixture(name);
      const whole = decodeSse(createOpenAIChatDecoder(), raw);
      expect(whole.length).toBeGreaterThan(3);
      expect(decodeSse(createOpenAIChatDecoder(), raw, 13)).toEqual(whole);
      expect(decodeSse(createOpenAIChatDecoder(), raw, 1)).toEqual(whole);
    }
  });

  it('throws a protocol error naming the bad frame and the parser reason for malformed JSON', () => {
    const data = '{"id":"x","choices":[{"index":0,"delta":{"content":"Hel';
    let thrown: unknown;
    try {
      decodeFrames([data]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ChatStreamError);
    const error = thrown as ChatStreamError;
    expect(error.code).toBe('protocol');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('Malformed stream frame: expected JSON in data, got "{\\"id\\":\\"x\\"');
    expect(error.message).toMatch(/\(.*JSON.*\)$/);
    expect(error.body).toBe(data);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('quotes only the first 120 characters of a long malformed frame', () => {
    const data = `<html>${'x'.repeat(500)}`;
    expect(() => decodeFrames([data])).toThrowError(/got "<html>x{114}…" \(/);
  });

  it('throws a protocol error for JSON that is not an object', () => {
    for (const data of ['42', 'null', '"text"', '[1,2]']) {
      let thrown: unknown;
      try {
        decodeFrames([data]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'protocol', body: data });
      expect((thrown as Error).message).toContain('expected a JSON object');
    }
  });

  it('accepts [DONE] with trailing or leading whitespace and ignores empty data', () => {
    expect(decodeFrames(['[DONE] '])).toEqual([{ type: 'done' }]);
    expect(decodeFrames(['[DONE]\n'])).toEqual([{ type: 'done' }]);
    expect(decodeFrames([' [DONE]'])).toEqual([{ type: 'done' }]);
    expect(decodeFrames(['', '  ', '\n'])).toEqual([]);
  });

  it('turns a string error into a server error without provider code', () => {
    const parts = decodeFrames([{ error: 'upstream timed out' }]);
    expect(parts).toHaveLength(1);
    const part = parts[0];
    expect(part?.type).toBe('error');
    if (part?.type !== 'error') return;
    expect(part.error).toBeInstanceOf(ChatStreamError);
    expect(part.error).toMatchObject({ code: 'server', message: 'upstream timed out', providerCode: undefined });
    expect(part.error.body).toEqual({ error: 'upstream timed out' });
  });

  it('takes providerCode by the HTTP error-body rules: a named code or type first, a numeric code last', () => {
    const codes = decodeFrames([
      { error: { message: 'slow down', type: 'requests', code: 'rate_limit_exceeded' } },
      { error: { message: 'busy', code: 429 } },
      { error: { message: 'failed', code: 500, type: 'server_error' } },
      { error: { type: 'overloaded_error' } },
    ]).map((part) => (part.type === 'error' ? [part.error.providerCode, part.error.message] : part.type));
    expect(codes).toEqual([
      ['rate_limit_exceeded', 'slow down'],
      ['429', 'busy'],
      ['server_error', 'failed'],
      ['overloaded_error', 'The server reported an error in the stream'],
    ]);
  });

  it('reads only finish_reason from a choice without delta', () => {
    const parts = decodeFrames([
      { id: '', model: '', choices: [{ index: 0, finish_reason: null, content_filter_results: {} }] },
      { id: '', model: '', choices: [{ index: 0, finish_reason: 'content_filter', content_filter_results: {} }] },
    ]);
    expect(parts).toEqual([{ type: 'finish', choice: 0, reason: 'content_filter' }]);
  });

  it('emits metadata once, on the first chunk with a real id or model', () => {
    const parts = decodeFrames([
      { id: '', model: '', created: 0, choices: [] },
      { id: 'a', model: 'm1', created: 5, choices: [{ index: 0, delta: { content: 'x' } }] },
      { id: 'b', model: 'm2', created: 6, choices: [{ index: 0, delta: { content: 'y' } }] },
    ]);
    expect(parts.filter((part) => part.type === 'metadata')).toEqual([{ type: 'metadata', id: 'a', model: 'm1', created: 5 }]);
    expect(parts[0]?.type).toBe('metadata');
  });

  it('emits one reasoning part when a delta carries both reasoning_content and reasoning', () => {
    const parts = decodeFrames([{ choices: [{ index: 0, delta: { reasoning_content: 'think', reasoning: 'think', content: 'say' } }] }]);
    expect(parts).toEqual([
      { type: 'reasoning', choice: 0, delta: 'think' },
      { type: 'text', choice: 0, delta: 'say' },
    ]);
  });

  it('computes totalTokens when the server leaves it out, and ignores usage: null', () => {
    const parts = decodeFrames([
      { choices: [{ index: 0, delta: { content: 'a' } }], usage: null },
      { choices: [], usage: { prompt_tokens: 3, completion_tokens: 4 } },
    ]);
    expect(parts.filter((part) => part.type === 'usage')).toEqual([
      { type: 'usage', usage: { inputTokens: 3, outputTokens: 4, totalTokens: 7, raw: { prompt_tokens: 3, completion_tokens: 4 } } },
    ]);
  });
});

describe("createOpenAIChatDecoder: Groq's x_groq.usage", () => {
  it('groq-x-groq-usage-only fixture: usage from x_groq on the last chunk when there is no top-level usage', () => {
    const got = collectFixture('openai-compatible/authored/groq-x-groq-usage-only.sse');
    expect(got).toMatchObject({ text: { 0: 'Hello there!' }, reasoning: { 0: 'Greet back.' }, finishes: [{ choice: 0, reason: 'stop' }] });
    expect(got.usage).toEqual([
      {
        inputTokens: 72,
        outputTokens: 19,
        totalTokens: 91,
        reasoningTokens: 6,
        raw: expect.objectContaining({ queue_time: 0.05, prompt_tokens: 72 }),
      },
    ]);
  });

  it('reads usage once when it is both top-level and in x_groq, preferring the top-level object', () => {
    const parts = decodeFrames([
      { choices: [], usage: { prompt_tokens: 1, completion_tokens: 2 }, x_groq: { usage: { prompt_tokens: 8, completion_tokens: 9 } } },
    ]);
    expect(parts).toEqual([{ type: 'usage', usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3, raw: { prompt_tokens: 1, completion_tokens: 2 } } }]);
  });

  it('falls back to x_groq.usage when the top-level usage is null, and ignores an x_groq without usage', () => {
    const parts = decodeFrames([
      { choices: [{ index: 0, delta: { content: 'a' } }], usage: null, x_groq: { id: 'req_1' } },
      { choices: [], x_groq: null },
      { choices: [], x_groq: 'odd' },
      { choices: [], usage: null, x_groq: { id: 'req_1', usage: { prompt_tokens: 4, completion_tokens: 5, total_tokens: 9 } } },
    ]);
    expect(parts.filter((part) => part.type === 'usage').map((part) => (part.type === 'usage' ? part.usage.totalTokens : 0))).toEqual([9]);
  });
});

describe('createOpenAIChatDecoder tool-call indexing', () => {
  const call = (id: string | undefined, name: string | undefined, args: string, index?: number) => ({
    ...(index === undefined ? {} : { index }),
    ...(id === undefined ? {} : { id }),
    function: { ...(name === undefined ? {} : { name }), arguments: args },
  });
  const chunk = (choice: number, calls: object[]) => ({ choices: [{ index: choice, delta: { tool_calls: calls } }] });
  const collect = (frames: object[]) => collectParts(decodeFrames(frames)).toolCalls;

  it('makes each new id without index a new call, across chunks and within one array', () => {
    expect(
      collect([
        chunk(0, [call('a', 'f', '{"x":1}')]),
        chunk(0, [call('b', 'g', '{}'), call('c', 'h', '[]')]),
      ]),
    ).toEqual({
      '0:0': { id: 'a', name: 'f', arguments: '{"x":1}' },
      '0:1': { id: 'b', name: 'g', arguments: '{}' },
      '0:2': { id: 'c', name: 'h', arguments: '[]' },
    });
  });

  it('continues the last call for a delta without index and without id, or with the same id', () => {
    expect(
      collect([
        chunk(0, [call('a', 'f', '{"x"')]),
        chunk(0, [call(undefined, undefined, ':1')]),
        chunk(0, [call('a', undefined, '}')]),
      ]),
    ).toEqual({ '0:0': { id: 'aa', name: 'f', arguments: '{"x":1}' } });
  });

  it('starts at 0 for a first call with neither index nor id', () => {
    const parts = decodeFrames([chunk(0, [call(undefined, 'f', '{}')])]);
    expect(parts).toEqual([{ type: 'tool-call', choice: 0, index: 0, id: undefined, name: 'f', argumentsDelta: '{}' }]);
  });

  it('gives a new call without index the index after the highest seen', () => {
    expect(collect([chunk(0, [call('a', 'f', '{}', 1)]), chunk(0, [call('b', 'g', '[]')])])).toEqual({
      '0:1': { id: 'a', name: 'f', arguments: '{}' },
      '0:2': { id: 'b', name: 'g', arguments: '[]' },
    });
  });

  it('never mixes the calls or texts of interleaved choices', () => {
    const parts = decodeFrames([
      chunk(0, [call('a0', 'f', '{"c":', 0)]),
      chunk(1, [call('b0', 'g', '[')]),
      { choices: [{ index: 1, delta: { content: 'one ' } }, { index: 0, delta: { content: 'zero ' } }] },
      chunk(1, [call(undefined, undefined, '1]')]),
      chunk(0, [call(undefined, undefined, '0}', 0)]),
      { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }, { index: 1, delta: {}, finish_reason: 'stop' }] },
    ]);
    expect(collectParts(parts)).toMatchObject({
      text: { 0: 'zero ', 1: 'one ' },
      toolCalls: {
        '0:0': { id: 'a0', name: 'f', arguments: '{"c":0}' },
        '1:0': { id: 'b0', name: 'g', arguments: '[1]' },
      },
      finishes: [
        { choice: 0, reason: 'tool_calls' },
        { choice: 1, reason: 'stop' },
      ],
    });
    expect(Object.keys(collectParts(parts).toolCalls)).toHaveLength(2);
  });

  it('stringifies arguments sent as an object', () => {
    const parts = decodeFrames([chunk(0, [{ index: 0, id: 'a', function: { name: 'f', arguments: { x: 1 } } }])]);
    expect(parts).toEqual([{ type: 'tool-call', choice: 0, index: 0, id: 'a', name: 'f', argumentsDelta: '{"x":1}' }]);
  });
});

describe('createOpenAIChatDecoder choice index bounds', () => {
  const frame = (index: unknown) => `{"choices":[{"index":${String(index)},"delta":{"content":"x"}}]}`;

  it.each([30_000_000, 1e9, 128, -1, 1.5, '1e400'])('rejects choices[].index %s as a protocol error naming it', (index) => {
    let error: unknown;
    try {
      decodeFrames([frame(index)]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ChatStreamError);
    expect(error).toMatchObject({ code: 'protocol' });
    expect((error as Error).message).toMatch(/choices\[\]\.index/);
    expect((error as Error).message).toMatch(/0 to 127/);
  });

  it('accepts indexes 0 to 127 and reads a missing or non-numeric index as 0', () => {
    const parts = decodeFrames([frame(127), frame(0), '{"choices":[{"delta":{"content":"y"}}]}', '{"choices":[{"index":"2","delta":{"content":"z"}}]}']);
    expect(parts.map((part) => (part.type === 'text' ? part.choice : -1))).toEqual([127, 0, 0, 0]);
  });
});
