import { describe, it, expect } from 'vitest';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import { getMessageText, getReasoningText, type ChatMessage, type ChatPart, type ToolCallPart } from '../../src/message';
import { concatJsonStrings, readFixture } from '../protocols/decodeFixture';
import { listChatFixtures, readFixtureBytes } from './decodeBytes';
import { FIXTURE_API, USER_MESSAGE_ID, sendFixture } from './sendFixture';

const ASSISTANT_ID = 'assistant-1';

// `_index` is the call's wire index, kept in the table as documentation of where the call streamed.
const ready = (toolCallId: string, _index: number, toolName: string, argumentsText: string, args: unknown): ToolCallPart => ({
  type: 'tool-call',
  toolCallId,
  toolName,
  argumentsText,
  args,
  state: 'ready',
});

/** An expectation written as what each fixture says; {@link toMessage} turns it into parts and metadata. */
interface Expected {
  content: string;
  reasoning?: string;
  refusal?: string;
  toolCalls?: ToolCallPart[];
  status: ChatMessage['status'];
  finishReason?: string;
  usage?: NonNullable<ChatMessage['metadata']>['usage'];
  model?: string;
  error?: unknown;
  choices?: { index: number; content: string; finishReason: string }[];
}

/**
 * The parts in the order a Chat Completions stream delivers them (reasoning first, then text, a refusal,
 * then the tool calls), and the rest as metadata.
 */
function toMessage({ content, reasoning, refusal, toolCalls, status, choices, ...meta }: Expected) {
  const parts: ChatPart[] = [];
  if (reasoning) parts.push({ type: 'reasoning', text: reasoning });
  if (content) parts.push({ type: 'text', text: content });
  if (refusal) parts.push({ type: 'refusal', text: refusal });
  parts.push(...(toolCalls ?? []));
  const metadata: Record<string, unknown> = { ...meta };
  if (choices) metadata.choices = choices.map(({ content: text, ...choice }) => ({ ...choice, parts: [{ type: 'text', text }] }));
  return { parts, status, metadata };
}

/** The response id a fixture's first frame carries, as `metadata.responseId` should report it. */
const responseIdOf = (name: string): string | undefined => /"id":\s*"([^"]+)"/.exec(readFixture(name))?.[1] || undefined;

// The two long texts are compared with a regex concatenation of the raw file (no SSE, no decoder);
// the oracle itself is pinned by length, start and end below.
const LONG_TEXT = concatJsonStrings(readFixture('openai-chat/long-text-usage-obfuscation.sse'), 'content');
const DEEPSEEK_REASONING = concatJsonStrings(
  readFixture('openai-compatible/deepseek-reasoner-reasoning-content.sse'),
  'reasoning_content',
);

const N3_TEXTS = [
  '{"city":"San Francisco","temperature":65,"units":"f"}',
  '{"city":"San Francisco","temperature":61,"units":"f"}',
  '{"city":"San Francisco","temperature":59,"units":"f"}',
] as const;

const IN_BAND_ERROR = expect.any(ChatStreamError) as ChatStreamError;

/** Each fixture's final assistant message, read off the file, without `id`, `role` and `timing`. */
const EXPECTED: Record<string, Expected> = {
  'openai-chat/plain-text-usage.sse': {
    content:
      "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or a weather app.",
    status: 'complete',
    finishReason: 'stop',
    usage: {
      inputTokens: 14,
      outputTokens: 30,
      totalTokens: 44,
      reasoningTokens: 0,
      raw: { prompt_tokens: 14, completion_tokens: 30, total_tokens: 44, completion_tokens_details: { reasoning_tokens: 0 } },
    },
    model: 'gpt-4o-2024-08-06',
  },
  'openai-chat/long-text-usage-obfuscation.sse': {
    content: LONG_TEXT,
    status: 'complete',
    finishReason: 'stop',
    usage: {
      inputTokens: 16,
      outputTokens: 300,
      totalTokens: 316,
      reasoningTokens: 0,
      cachedInputTokens: 0,
      raw: {
        prompt_tokens: 16,
        completion_tokens: 300,
        total_tokens: 316,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
      },
    },
    model: 'gpt-4.1-nano-2025-04-14',
  },
  'openai-chat/parallel-tool-calls-usage.sse': {
    content: '',
    toolCalls: [
      ready('call_JMW1whyEaYG438VE1OIflxA2', 0, 'GetWeatherArgs', '{"city": "Edinburgh", "country": "GB", "units": "c"}', {
        city: 'Edinburgh',
        country: 'GB',
        units: 'c',
      }),
      ready('call_DNYTawLBoN8fj3KN6qU9N1Ou', 1, 'get_stock_price', '{"ticker": "AAPL", "exchange": "NASDAQ"}', {
        ticker: 'AAPL',
        exchange: 'NASDAQ',
      }),
    ],
    status: 'complete',
    finishReason: 'tool_calls',
    usage: {
      inputTokens: 149,
      outputTokens: 60,
      totalTokens: 209,
      reasoningTokens: 0,
      raw: { prompt_tokens: 149, completion_tokens: 60, total_tokens: 209, completion_tokens_details: { reasoning_tokens: 0 } },
    },
    model: 'gpt-4o-2024-08-06',
  },
  'openai-chat/single-tool-call-usage.sse': {
    content: '',
    toolCalls: [
      ready('call_c91SqDXlYFuETYv8mUHzz6pp', 0, 'GetWeatherArgs', '{"city":"Edinburgh","country":"UK","units":"c"}', {
        city: 'Edinburgh',
        country: 'UK',
        units: 'c',
      }),
    ],
    status: 'complete',
    finishReason: 'tool_calls',
    usage: {
      inputTokens: 76,
      outputTokens: 24,
      totalTokens: 100,
      reasoningTokens: 0,
      raw: { prompt_tokens: 76, completion_tokens: 24, total_tokens: 100, completion_tokens_details: { reasoning_tokens: 0 } },
    },
    model: 'gpt-4o-2024-08-06',
  },
  'openai-chat/refusal-usage.sse': {
    content: '',
    refusal: "I'm sorry, I can't assist with that request.",
    status: 'complete',
    finishReason: 'stop',
    usage: {
      inputTokens: 79,
      outputTokens: 11,
      totalTokens: 90,
      reasoningTokens: 0,
      raw: { prompt_tokens: 79, completion_tokens: 11, total_tokens: 90, completion_tokens_details: { reasoning_tokens: 0 } },
    },
    model: 'gpt-4o-2024-08-06',
  },
  'openai-chat/length-finish-max-tokens-1.sse': {
    content: '{"',
    status: 'complete',
    finishReason: 'length',
    usage: {
      inputTokens: 79,
      outputTokens: 1,
      totalTokens: 80,
      reasoningTokens: 0,
      raw: { prompt_tokens: 79, completion_tokens: 1, total_tokens: 80, completion_tokens_details: { reasoning_tokens: 0 } },
    },
    model: 'gpt-4o-2024-08-06',
  },
  'openai-chat/n3-multiple-choices-usage.sse': {
    content: N3_TEXTS[0],
    status: 'complete',
    finishReason: 'stop',
    usage: {
      inputTokens: 79,
      outputTokens: 42,
      totalTokens: 121,
      reasoningTokens: 0,
      raw: { prompt_tokens: 79, completion_tokens: 42, total_tokens: 121, completion_tokens_details: { reasoning_tokens: 0 } },
    },
    model: 'gpt-4o-2024-08-06',
    choices: [
      { index: 1, content: N3_TEXTS[1], finishReason: 'stop' },
      { index: 2, content: N3_TEXTS[2], finishReason: 'stop' },
    ],
  },
  'openai-chat/legacy-function-call.sse': {
    content: '',
    // `function_call` has no id; the store derives one from the message id, choice and index.
    toolCalls: [
      ready(`call_${ASSISTANT_ID}_0_0`, 0, 'repl', '{\n  "code": "print(\\"hi\\")",\n  "language": "python"\n}', {
        code: 'print("hi")',
        language: 'python',
      }),
    ],
    status: 'complete',
    finishReason: 'function_call',
    model: 'gpt-3.5-turbo-0613',
  },
  'openai-chat/error-after-output.sse': {
    content: 'Hello',
    status: 'error',
    error: IN_BAND_ERROR,
    model: 'gpt-3.5-turbo-0613',
  },
  'openai-compatible/anthropic-compat-tool-index-starts-at-1.sse': {
    content: 'Reading it.',
    toolCalls: [ready('toolu_sanitized', 1, 'read_file', '{"path": "a.txt"}', { path: 'a.txt' })],
    status: 'complete',
    finishReason: 'tool_calls',
    model: 'claude-haiku-4-5-20251001',
  },
  'openai-compatible/azure-async-filter-content-filter-finish.sse': {
    content: 'Hey Jude, better',
    status: 'complete',
    finishReason: 'content_filter',
    model: 'gpt-35-turbo',
  },
  'openai-compatible/azure-model-router-prompt-filter-results.sse': {
    content: 'Capital of Denmark.',
    status: 'complete',
    finishReason: 'stop',
    usage: {
      inputTokens: 15,
      outputTokens: 78,
      totalTokens: 93,
      reasoningTokens: 64,
      cachedInputTokens: 0,
      raw: {
        completion_tokens: 78,
        completion_tokens_details: { accepted_prediction_tokens: 0, audio_tokens: 0, reasoning_tokens: 64, rejected_prediction_tokens: 0 },
        prompt_tokens: 15,
        prompt_tokens_details: { audio_tokens: 0, cached_tokens: 0 },
        total_tokens: 93,
      },
    },
    model: 'gpt-5-nano-2025-08-07',
  },
  'openai-compatible/deepseek-chat-parallel-tool-calls.sse': {
    content: '',
    toolCalls: [
      ready('call_0_7d6a342f-6da3-400c-a4f9-d80055fd7c74', 0, 'search', '{"query": "Detroit Tigers game time today"}', {
        query: 'Detroit Tigers game time today',
      }),
      ready('call_1_b0aff31e-ccb8-4418-a5fa-2d16caaf7945', 1, 'get_weather', '{"city": "Detroit"}', { city: 'Detroit' }),
    ],
    status: 'complete',
    finishReason: 'tool_calls',
    usage: {
      inputTokens: 223,
      outputTokens: 43,
      totalTokens: 266,
      cachedInputTokens: 192,
      raw: {
        prompt_tokens: 223,
        completion_tokens: 43,
        total_tokens: 266,
        prompt_tokens_details: { cached_tokens: 192 },
        prompt_cache_hit_tokens: 192,
        prompt_cache_miss_tokens: 31,
      },
    },
    model: 'deepseek-chat',
  },
  'openai-compatible/deepseek-reasoner-reasoning-content.sse': {
    content: 'The word "strawberry" contains three "r"s.',
    reasoning: DEEPSEEK_REASONING,
    status: 'complete',
    finishReason: 'stop',
    usage: {
      inputTokens: 18,
      outputTokens: 219,
      totalTokens: 237,
      reasoningTokens: 205,
      cachedInputTokens: 0,
      raw: {
        prompt_tokens: 18,
        completion_tokens: 219,
        total_tokens: 237,
        prompt_tokens_details: { cached_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 205 },
        prompt_cache_hit_tokens: 0,
        prompt_cache_miss_tokens: 18,
      },
    },
    model: 'deepseek-reasoner',
  },
  'openai-compatible/groq-whole-tool-call-x-groq-usage.sse': {
    content: '',
    toolCalls: [ready('tk85n1k4m', 0, 'weather', '{}', {})],
    status: 'complete',
    finishReason: 'tool_calls',
    usage: {
      inputTokens: 210,
      outputTokens: 15,
      totalTokens: 225,
      raw: {
        queue_time: 0.041520249,
        prompt_tokens: 210,
        prompt_time: 0.010407901,
        completion_tokens: 15,
        completion_time: 0.046601227,
        total_tokens: 225,
        total_time: 0.057009128,
      },
    },
    model: 'llama-3.3-70b-versatile',
  },
  'openai-compatible/llamacpp-server-text-usage-timings.sse': {
    content:
      '<|channel|>analysis<|message|>User says "test". Likely wants a test response. We\'ll respond acknowledging.<|start|>assistant<|channel|>final<|message|>Got it! If you have any questions or need assistance, just let me know.',
    status: 'complete',
    finishReason: 'stop',
    usage: { inputTokens: 82, outputTokens: 43, totalTokens: 125, raw: { completion_tokens: 43, prompt_tokens: 82, total_tokens: 125 } },
    // llama-server's placeholder name, reported as sent.
    model: 'gpt-3.5-turbo',
  },
  'openai-compatible/mistral-whole-tool-call-no-index.sse': {
    content: '',
    toolCalls: [ready('gSIMJiOkT', 0, 'weather', '{"location": "San Francisco"}', { location: 'San Francisco' })],
    status: 'complete',
    finishReason: 'tool_calls',
    usage: { inputTokens: 124, outputTokens: 22, totalTokens: 146, raw: { prompt_tokens: 124, total_tokens: 146, completion_tokens: 22 } },
    model: 'mistral-small-latest',
  },
  'openai-compatible/ollama-v1-parallel-tool-calls-whole.sse': {
    content: '',
    toolCalls: [
      ready('call_809l7n8f', 0, 'run_command', '{"command":"ls -la"}', { command: 'ls -la' }),
      ready('call_oqp1e2a1', 1, 'run_command', '{"command":"ls -la","cwd":"/path/to/directory"}', {
        command: 'ls -la',
        cwd: '/path/to/directory',
      }),
    ],
    status: 'complete',
    finishReason: 'tool_calls',
    model: 'qwen2.5-coder:7b-instruct-q8_0',
  },
  'openai-compatible/ollama-v1-reasoning-field-usage.sse': {
    content: 'Hello there! 👋 How can I help you today?',
    reasoning: 'The user says "hi". Probably wants to greet. We can respond with a friendly greeting.',
    status: 'complete',
    finishReason: 'stop',
    usage: { inputTokens: 68, outputTokens: 41, totalTokens: 109, raw: { prompt_tokens: 68, completion_tokens: 41, total_tokens: 109 } },
    model: 'gpt-oss:20b',
  },
  'openai-compatible/vllm-tool-call-name-then-args.sse': {
    content: '',
    toolCalls: [ready('chatcmpl-tool-ca99dda515524c6abe47d1ea22813507', 0, 'run_command', '{"command": "ls"}', { command: 'ls' })],
    status: 'complete',
    finishReason: 'tool_calls',
    // vLLM sends `model: ""`, which is no name.
  },
};

const FIXTURES = listChatFixtures();

async function send(name: string) {
  return sendFixture(readFixtureBytes(name), ASSISTANT_ID);
}

describe('every Chat Completions fixture through the real store', () => {
  it('has an expected message for each fixture file, and no expectation without a file', () => {
    expect(FIXTURES).toHaveLength(20);
    expect(Object.keys(EXPECTED).sort()).toEqual(FIXTURES);
  });

  it.each(FIXTURES)('%s: the final assistant message is exactly the expected one', async (name) => {
    const { message, state } = await send(name);
    const { timing, responseId, ...metadata } = message.metadata ?? {};
    expect({ ...message, metadata }).toStrictEqual({ id: ASSISTANT_ID, role: 'assistant', ...toMessage(EXPECTED[name]!) });
    expect(responseId).toBe(responseIdOf(name));
    expect(timing?.startedAt).toEqual(expect.any(Number));
    expect(timing?.firstTokenAt).toBeGreaterThanOrEqual(timing?.startedAt ?? Infinity);
    expect(timing?.endedAt).toBeGreaterThanOrEqual(timing?.firstTokenAt ?? Infinity);
    expect(state.messages).toEqual([{ id: USER_MESSAGE_ID, role: 'user', parts: [{ type: 'text', text: 'hi' }], status: 'complete' }, message]);
    expect(state.status).toBe(message.metadata?.error ? 'error' : 'idle');
    expect(state.error).toBe(message.metadata?.error);
  });

  it.each(FIXTURES)('%s: the store sent one streaming request with the user message', async (name) => {
    const { requests } = await send(name);
    expect(requests).toEqual([
      {
        url: FIXTURE_API,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: { messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } },
      },
    ]);
  });
});

describe('fixture details', () => {
  it('long-text-usage-obfuscation: 1,724 characters equal to the regex oracle', async () => {
    expect(LONG_TEXT).toHaveLength(1724);
    expect(LONG_TEXT.startsWith('**Holiday Name:** Harmony Day\n\n**Date:** Celebrated annually on the first Saturday of May')).toBe(true);
    expect(LONG_TEXT.endsWith('we are all connected through shared human experiences and mutual respect.')).toBe(true);
    const { message } = await send('openai-chat/long-text-usage-obfuscation.sse');
    expect(getMessageText(message)).toHaveLength(1724);
    expect(message.parts).toEqual([{ type: 'text', text: LONG_TEXT }]);
    // The three non-ASCII tokens of the file survive UTF-8 decoding.
    expect(getMessageText(message).match(/[—’]/g)).toEqual(['—', '—', '’']);
  });

  it('deepseek-reasoner: 606 characters of reasoning equal to the regex oracle, text apart', async () => {
    expect(DEEPSEEK_REASONING).toHaveLength(606);
    expect(DEEPSEEK_REASONING.startsWith('We need to count the number of the letter "r" in the word "strawberry".')).toBe(true);
    expect(DEEPSEEK_REASONING.endsWith('The "r"s are at positions 3, 8, and 9. So yes, 3.\n\nThus, the answer is 3.')).toBe(true);
    const { message } = await send('openai-compatible/deepseek-reasoner-reasoning-content.sse');
    expect(getReasoningText(message)).toBe(DEEPSEEK_REASONING);
    expect(getMessageText(message)).toBe('The word "strawberry" contains three "r"s.');
    expect(message.parts.map((part) => part.type)).toEqual(['reasoning', 'text']);
  });

  it('n3-multiple-choices-usage: choice 0 is the message, 1 and 2 are kept apart in choices', async () => {
    const { message } = await send('openai-chat/n3-multiple-choices-usage.sse');
    const choices = message.metadata?.choices ?? [];
    const texts = [getMessageText(message), ...choices.map((choice) => getMessageText(choice))];
    expect(texts).toEqual([...N3_TEXTS]);
    expect(choices.map((choice) => choice.index)).toEqual([1, 2]);
    for (const [i, text] of texts.entries()) {
      for (const [j, other] of texts.entries()) if (i !== j) expect(other).not.toContain(text);
    }
    expect(choices.every((choice) => choice.finishReason === 'stop' && choice.parts.every((part) => part.type === 'text'))).toBe(true);
  });

  it('error-after-output: the partial text is kept and the in-band error is a server error', async () => {
    const { message, state } = await send('openai-chat/error-after-output.sse');
    expect(message.status).toBe('error');
    expect(getMessageText(message)).toBe('Hello');
    expect(message.metadata?.error).toBeInstanceOf(ChatStreamError);
    expect(message.metadata?.error).toMatchObject({
      code: 'server',
      message: 'stream failed after output',
      providerCode: 'server_error',
      retryable: true,
      body: { error: { message: 'stream failed after output', type: 'server_error', param: null, code: null } },
    });
    expect(state.error).toBe(message.metadata?.error);
  });

  it('servers that send no usage leave usage out rather than reporting zeros', async () => {
    const withoutUsage = FIXTURES.filter((name) => EXPECTED[name]?.usage === undefined);
    expect(withoutUsage).toEqual([
      'openai-chat/error-after-output.sse',
      'openai-chat/legacy-function-call.sse',
      'openai-compatible/anthropic-compat-tool-index-starts-at-1.sse',
      'openai-compatible/azure-async-filter-content-filter-finish.sse',
      'openai-compatible/ollama-v1-parallel-tool-calls-whole.sse',
      'openai-compatible/vllm-tool-call-name-then-args.sse',
    ]);
    for (const name of withoutUsage) expect((await send(name)).message.metadata).not.toHaveProperty('usage');
  });
});
