import OpenAI, { APIError } from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { describe, it, expect } from 'vitest';
import { getMessageText, getReasoningText, getRefusalText, getToolCalls, type ChatMessage } from '../../src/message';
import { concatJsonStrings, readFixture } from '../protocols/decodeFixture';
import { listChatFixtures, readFixtureBytes } from './decodeBytes';
import { sendFixture } from './sendFixture';

// Differential test against the official SDK (openai 6.49), offline: its fetch returns the fixture.
// Wherever the SDK accepts a stream, our message must say what its `finalChatCompletion()` says.

const ASSISTANT_ID = 'assistant-1';

type SdkOutcome = { ok: true; completion: ChatCompletion } | { ok: false; error: unknown };

async function runSdk(bytes: Uint8Array<ArrayBuffer>): Promise<SdkOutcome> {
  const client = new OpenAI({
    apiKey: 'test',
    baseURL: 'http://fixture.test/v1',
    maxRetries: 0,
    fetch: async () => new Response(bytes, { headers: { 'content-type': 'text/event-stream' } }),
  });
  try {
    const completion = await client.chat.completions.stream({ model: 'x', messages: [] }).finalChatCompletion();
    return { ok: true, completion };
  } catch (error) {
    return { ok: false, error };
  }
}

async function ours(name: string): Promise<ChatMessage> {
  return (await sendFixture(readFixtureBytes(name), ASSISTANT_ID)).message;
}

const FIXTURES = listChatFixtures();
// Acceptance is what the SDK does today, found by running it; the sets below pin it down.
const SDK = new Map<string, SdkOutcome>();
for (const name of FIXTURES) SDK.set(name, await runSdk(readFixtureBytes(name)));
const ACCEPTED = FIXTURES.filter((name) => SDK.get(name)?.ok === true);

/** Fixtures on which the SDK throws (see test/fixtures/README.md). */
const SDK_THROWS = ['openai-chat/error-after-output.sse', 'openai-compatible/anthropic-compat-tool-index-starts-at-1.sse'];
/** Fixtures the SDK accepts but where it loses data, and what it loses. */
const SDK_LOSES = {
  'openai-compatible/deepseek-reasoner-reasoning-content.sse': 'reasoning',
  'openai-compatible/mistral-whole-tool-call-no-index.sse': 'toolCalls',
  'openai-compatible/ollama-v1-reasoning-field-usage.sse': 'reasoning',
} as const;

function sdkCompletion(name: string): ChatCompletion {
  const outcome = SDK.get(name);
  if (!outcome?.ok) throw new Error(`The SDK did not accept ${name}.`);
  return outcome.completion;
}

function sdkError(name: string): unknown {
  const outcome = SDK.get(name);
  if (outcome === undefined || outcome.ok) throw new Error(`The SDK did not reject ${name}.`);
  return outcome.error;
}

/** Our answer for `choices[].index`: the message itself for 0, else its entry in `message.choices`. */
function ourChoice(message: ChatMessage, index: number) {
  if (index === 0) return { parts: message.parts, finishReason: message.metadata?.finishReason };
  const choice = message.metadata?.choices?.find((entry) => entry.index === index);
  if (!choice) throw new Error(`No choice ${index} in our message.`);
  return choice;
}

type SdkMessage = ChatCompletion.Choice['message'];

/** The SDK's tool calls as id, name and arguments text; a legacy `function_call` is one call without id. */
function sdkToolCalls(message: SdkMessage) {
  if (message.function_call) return [{ id: undefined, name: message.function_call.name, arguments: message.function_call.arguments }];
  return (message.tool_calls ?? []).map((call) => {
    if (call.type !== 'function') throw new Error(`Unexpected ${call.type} tool call.`);
    return { id: call.id as string | undefined, name: call.function.name, arguments: call.function.arguments };
  });
}

describe('which fixtures the openai SDK accepts', () => {
  it('throws on exactly error-after-output and anthropic-compat-tool-index-starts-at-1', () => {
    expect(FIXTURES).toHaveLength(20);
    expect(FIXTURES.filter((name) => !ACCEPTED.includes(name))).toEqual(SDK_THROWS);
    expect(ACCEPTED).toHaveLength(18);
  });
});

describe.each(ACCEPTED)('%s: ours matches the SDK', (name) => {
  it('has the same choices with the same text, refusal, tool calls and finish reason', async () => {
    const completion = sdkCompletion(name);
    const message = await ours(name);
    expect(1 + (message.metadata?.choices?.length ?? 0)).toBe(completion.choices.length);
    for (const sdkChoice of completion.choices) {
      const choice = ourChoice(message, sdkChoice.index);
      expect(getMessageText(choice)).toBe(sdkChoice.message.content ?? '');
      expect(getRefusalText(choice) || undefined).toBe(sdkChoice.message.refusal ?? undefined);
      expect(choice.finishReason).toBe(sdkChoice.finish_reason);
      // Where the SDK drops a call, the loss is asserted separately below.
      if (name in SDK_LOSES && SDK_LOSES[name as keyof typeof SDK_LOSES] === 'toolCalls') continue;
      const expected = sdkToolCalls(sdkChoice.message).map((call) => ({
        ...call,
        // A legacy function_call has no id on the wire; ours is generated from the message id.
        id: call.id ?? `call_${ASSISTANT_ID}_${sdkChoice.index}_0`,
      }));
      expect(getToolCalls(choice).map((call) => ({ id: call.toolCallId, name: call.toolName, arguments: call.argumentsText }))).toEqual(expected);
    }
  });

  it('has the same usage, or none when the SDK has none', async () => {
    const sdkUsage = sdkCompletion(name).usage;
    const message = await ours(name);
    const theirs = sdkUsage ? { input: sdkUsage.prompt_tokens, output: sdkUsage.completion_tokens, total: sdkUsage.total_tokens } : undefined;
    const usage = message.metadata?.usage;
    const mine = usage ? { input: usage.inputTokens, output: usage.outputTokens, total: usage.totalTokens } : undefined;
    expect(mine).toEqual(theirs);
    expect(message.status).toBe('complete');
  });
});

describe('where the SDK fails, ours is right', () => {
  it('error-after-output: the SDK throws the in-band error; ours keeps "Hello" and reports the same message', async () => {
    const error = sdkError('openai-chat/error-after-output.sse');
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).message).toBe('stream failed after output');
    const message = await ours('openai-chat/error-after-output.sse');
    expect(message).toMatchObject({ status: 'error', parts: [{ type: 'text', text: 'Hello' }], metadata: { model: 'gpt-3.5-turbo-0613' } });
    expect(message.metadata?.error).toMatchObject({ code: 'server', message: 'stream failed after output', providerCode: 'server_error' });
  });

  it('anthropic-compat-tool-index-starts-at-1: the SDK throws on the call at index 1; ours has text and the call', async () => {
    const error = sdkError('openai-compatible/anthropic-compat-tool-index-starts-at-1.sse');
    expect(error).toBeInstanceOf(OpenAI.OpenAIError);
    expect(error).not.toBeInstanceOf(APIError);
    const message = await ours('openai-compatible/anthropic-compat-tool-index-starts-at-1.sse');
    expect(message).toMatchObject({ status: 'complete', metadata: { finishReason: 'tool_calls' } });
    expect(message.parts).toEqual([
      { type: 'text', text: 'Reading it.' },
      { type: 'tool-call', toolCallId: 'toolu_sanitized', toolName: 'read_file', argumentsText: '{"path": "a.txt"}', args: { path: 'a.txt' }, state: 'ready' },
    ]);
  });
});

describe('where the SDK loses data, ours keeps it', () => {
  it('lists exactly the lossy fixtures, all of which the SDK accepts', () => {
    expect(Object.keys(SDK_LOSES).every((name) => ACCEPTED.includes(name))).toBe(true);
  });

  it('mistral-whole-tool-call-no-index: the SDK drops the call without index; ours has it', async () => {
    const completion = sdkCompletion('openai-compatible/mistral-whole-tool-call-no-index.sse');
    expect(completion.choices[0]?.message.tool_calls).toEqual([]);
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
    const message = await ours('openai-compatible/mistral-whole-tool-call-no-index.sse');
    expect(getToolCalls(message)).toEqual([
      {
        type: 'tool-call',
        toolCallId: 'gSIMJiOkT',
        toolName: 'weather',
        argumentsText: '{"location": "San Francisco"}',
        args: { location: 'San Francisco' },
        state: 'ready',
      },
    ]);
  });

  it('deepseek-reasoner: the SDK keeps only the last reasoning_content (null); ours keeps all 606 characters', async () => {
    const name = 'openai-compatible/deepseek-reasoner-reasoning-content.sse';
    const sdkMessage = sdkCompletion(name).choices[0]?.message as (SdkMessage & { reasoning_content?: unknown }) | undefined;
    expect(sdkMessage?.reasoning_content).toBeNull();
    const message = await ours(name);
    expect(getReasoningText(message)).toHaveLength(606);
    expect(getReasoningText(message).startsWith('We need to count the number of the letter "r" in the word "strawberry".')).toBe(true);
    expect(getReasoningText(message)).toBe(concatJsonStrings(readFixture(name), 'reasoning_content'));
    expect(getMessageText(message)).toBe('The word "strawberry" contains three "r"s.');
  });

  it('ollama-v1-reasoning-field: the SDK keeps only the last reasoning fragment; ours keeps the whole thought', async () => {
    const name = 'openai-compatible/ollama-v1-reasoning-field-usage.sse';
    const sdkMessage = sdkCompletion(name).choices[0]?.message as (SdkMessage & { reasoning?: unknown }) | undefined;
    expect(sdkMessage?.reasoning).toBe('.');
    const message = await ours(name);
    expect(getReasoningText(message)).toBe('The user says "hi". Probably wants to greet. We can respond with a friendly greeting.');
    expect(getMessageText(message)).toBe('Hello there! 👋 How can I help you today?');
  });
});
