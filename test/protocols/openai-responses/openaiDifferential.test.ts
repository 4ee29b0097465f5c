import OpenAI, { APIError, OpenAIError } from 'openai';
import type { Response as OpenAIResponse } from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import { getMessageText, getToolCalls, type ChatMessage } from '../../../src/message';
import { readFixtureBytes } from '../../core/decodeBytes';
import { decodeResponses, RESPONSES_FIXTURES } from './responsesFixtures';

// Differential test against the official SDK (openai 6.49), offline: its fetch returns the recording.
// Wherever `responses.stream().finalResponse()` accepts a stream, our message says what its response says.

type OutputItem = OpenAIResponse['output'][number];
type SdkOutcome = { ok: true; response: OpenAIResponse; doneItems: OutputItem[] } | { ok: false; error: unknown };

async function runSdk(bytes: Uint8Array<ArrayBuffer>): Promise<SdkOutcome> {
  const client = new OpenAI({
    apiKey: 'test',
    baseURL: 'http://fixture.test/v1',
    maxRetries: 0,
    fetch: async () => new Response(bytes, { headers: { 'content-type': 'text/event-stream' } }),
  });
  const doneItems: OutputItem[] = [];
  try {
    const stream = client.responses.stream({ model: 'x', input: [] });
    stream.on('response.output_item.done', (event) => doneItems.push(event.item));
    return { ok: true, response: await stream.finalResponse(), doneItems };
  } catch (error) {
    return { ok: false, error };
  }
}

const SDK = new Map<string, SdkOutcome>();
for (const name of RESPONSES_FIXTURES) SDK.set(name, await runSdk(readFixtureBytes(name)));
const ACCEPTED = RESPONSES_FIXTURES.filter((name) => SDK.get(name)?.ok === true);

function sdkOutcome(name: string): Extract<SdkOutcome, { ok: true }> {
  const outcome = SDK.get(name);
  if (!outcome?.ok) throw new Error(`The SDK did not accept ${name}.`);
  return outcome;
}

const encryptedOf = (items: OutputItem[]): string[] =>
  items.flatMap((item) => (item.type === 'reasoning' && item.encrypted_content ? [item.encrypted_content] : []));

/**
 * What both sides should agree on, read from the SDK's response. Encrypted reasoning is compared with
 * the items of the SDK's `response.output_item.done` events: OpenAI encrypts the reasoning anew for the
 * final response object (the gpt-5 recording carries two different ciphertexts of one item), and our
 * part takes the one of the item, which is when the item ends.
 */
function sdkView({ response, doneItems }: Extract<SdkOutcome, { ok: true }>) {
  const output = response.output;
  return {
    text: response.output_text,
    reasoning: output.flatMap((item) => (item.type === 'reasoning' ? item.summary.map((entry) => entry.text) : [])).join(''),
    encrypted: encryptedOf(doneItems),
    calls: output.flatMap((item) => (item.type === 'function_call' ? [{ id: item.call_id, name: item.name, arguments: item.arguments }] : [])),
    hosted: output.flatMap((item) => (item.type === 'web_search_call' || item.type === 'file_search_call' ? [item.type.replace('_call', '')] : [])),
    sources: output.flatMap((item) =>
      item.type === 'message'
        ? item.content.flatMap((entry) =>
            entry.type === 'output_text'
              ? entry.annotations.map((a) => (a.type === 'url_citation' ? a.url : a.type === 'file_citation' ? a.file_id : a.type))
              : [],
          )
        : [],
    ),
    usage: response.usage && {
      inputTokens: response.usage.input_tokens,
      outputTokens: response.usage.output_tokens,
      reasoningTokens: response.usage.output_tokens_details.reasoning_tokens,
      cachedInputTokens: response.usage.input_tokens_details.cached_tokens,
    },
  };
}

/** The same view of our message. */
function ourView(message: ChatMessage) {
  const reasoning = message.parts.filter((part) => part.type === 'reasoning');
  const calls = getToolCalls(message);
  const usage = message.metadata?.usage;
  return {
    text: getMessageText(message),
    reasoning: reasoning.map((part) => part.text).join(''),
    encrypted: reasoning.flatMap((part) => (part.encrypted ? [part.encrypted] : [])),
    calls: calls.filter((call) => !call.providerExecuted).map((call) => ({ id: call.toolCallId, name: call.toolName, arguments: call.argumentsText })),
    hosted: calls.filter((call) => call.providerExecuted).map((call) => call.toolName),
    sources: message.parts.flatMap((part) => (part.type === 'source' ? [part.url ?? part.id] : [])),
    usage: usage && {
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      reasoningTokens: usage.reasoningTokens,
      cachedInputTokens: usage.cachedInputTokens,
    },
  };
}

describe('OpenAI Responses: differential against openai 6.49 responses.stream().finalResponse()', () => {
  it('the SDK accepts every fixture but the failed response', () => {
    expect(RESPONSES_FIXTURES.filter((name) => !ACCEPTED.includes(name))).toEqual(['openai-responses/error-then-response-failed.sse']);
  });

  it.each(ACCEPTED)('%s: same text, reasoning, encrypted reasoning, calls, hosted calls, sources and usage', (name) => {
    const sdk = sdkView(sdkOutcome(name));
    const ours = ourView(decodeResponses(name));
    // Guards against two empty views agreeing: every accepted fixture has an answer of some kind.
    expect(sdk.text.length + sdk.reasoning.length + sdk.calls.length + sdk.encrypted.length).toBeGreaterThan(0);
    expect(ours).toEqual(sdk);
  });

  it('the incomplete response: the SDK says incomplete for max_output_tokens, and so do we', () => {
    const name = 'openai-responses/incomplete-max-output-tokens.test-authored.sse';
    const { response } = sdkOutcome(name);
    expect(response.status).toBe('incomplete');
    expect(decodeResponses(name).metadata?.finishReason).toBe(response.incomplete_details?.reason);
  });

  it('the gpt-5 recording: the final response re-encrypts the reasoning; ours keeps the item’s ciphertext', () => {
    const name = 'openai-responses/reasoning-item-then-function-call-gpt5.sse';
    const { response, doneItems } = sdkOutcome(name);
    const [streamed] = encryptedOf(doneItems);
    const [final] = encryptedOf(response.output);
    expect(streamed).toMatch(/^gAAAAAB/);
    expect(final).toMatch(/^gAAAAAB/);
    expect(final).not.toBe(streamed);
    expect(decodeResponses(name).parts[0]).toMatchObject({ type: 'reasoning', encrypted: streamed });
  });

  it('error-then-response-failed.sse: the SDK throws and keeps nothing; we give an error message with the same code', () => {
    const outcome = SDK.get('openai-responses/error-then-response-failed.sse');
    if (outcome?.ok !== false) throw new Error('expected the SDK to throw');
    expect(outcome.error).toBeInstanceOf(APIError);
    expect((outcome.error as APIError).code).toBe('rate_limit_exceeded');
    const message = decodeResponses('openai-responses/error-then-response-failed.sse');
    expect(message.status).toBe('error');
    expect(message.metadata?.error).toMatchObject({ code: 'server', providerCode: 'rate_limit_exceeded', message: (outcome.error as APIError).message });
  });

  it('an event type the SDK does not know: it throws, we ignore the event and keep the answer', async () => {
    const raw = new TextDecoder().decode(readFixtureBytes('openai-responses/text.sse'));
    // A new event inserted before the first text delta, as a future API version could send.
    const unknown = 'event: response.future_event\ndata: {"type":"response.future_event","sequence_number":4,"output_index":0}\n\n';
    const at = raw.indexOf('event: response.output_text.delta');
    const bytes = new TextEncoder().encode(raw.slice(0, at) + unknown + raw.slice(at));
    const sdk = await runSdk(bytes);
    expect(sdk.ok).toBe(false);
    expect(!sdk.ok && sdk.error).toBeInstanceOf(OpenAIError);
    expect(!sdk.ok && (sdk.error as Error).message).toMatch(/Unhandled response stream event/);
    const message = decodeResponses('openai-responses/text.sse', [bytes]);
    expect(message).toEqual(decodeResponses('openai-responses/text.sse'));
  });
});
