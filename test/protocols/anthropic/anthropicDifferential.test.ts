import Anthropic, { APIError } from '@anthropic-ai/sdk';
import type { ContentBlock, Message } from '@anthropic-ai/sdk/resources/messages';
import { describe, it, expect } from 'vitest';
import type { ChatMessage, ChatPart } from '../../../src/message';
import { readFixtureBytes } from '../../core/decodeBytes';
import { ANTHROPIC_FIXTURES, decodeAnthropic } from './anthropicFixture';

// Differential test against the official SDK (@anthropic-ai/sdk 1.14), offline: its fetch returns the
// fixture. Wherever the SDK accepts a stream, our message must say what its `finalMessage()` says.

type SdkOutcome = { ok: true; message: Message } | { ok: false; error: unknown };

async function runSdk(bytes: Uint8Array<ArrayBuffer>): Promise<SdkOutcome> {
  const client = new Anthropic({
    apiKey: 'test',
    baseURL: 'http://fixture.test',
    maxRetries: 0,
    fetch: async () => new Response(bytes, { headers: { 'content-type': 'text/event-stream' } }),
  });
  try {
    const message = await client.messages.stream({ model: 'x', max_tokens: 1, messages: [] }).finalMessage();
    return { ok: true, message };
  } catch (error) {
    return { ok: false, error };
  }
}

const SDK = new Map<string, SdkOutcome>();
for (const name of ANTHROPIC_FIXTURES) SDK.set(name, await runSdk(readFixtureBytes(name)));
const SDK_THROWS = ['anthropic/error-overloaded-after-text.sse'];
/** The SDK keeps only the input that parsed in full, so it drops the string the cut ended in. */
const SDK_LOSES_TOOL_INPUT = ['anthropic/max-tokens-mid-tool-input.sse'];
const COMPARED = ANTHROPIC_FIXTURES.filter((name) => !SDK_THROWS.includes(name) && !SDK_LOSES_TOOL_INPUT.includes(name));

/** The SDK's content blocks in our part order: a text block's citations before its text, results on their calls. */
function partsFromSdk(content: readonly ContentBlock[]): unknown[] {
  const out: Record<string, unknown>[] = [];
  for (const block of content) {
    if (block.type === 'text') {
      for (const citation of block.citations ?? []) out.push({ type: 'source', citedText: citation.cited_text, ...('url' in citation ? { url: citation.url } : {}) });
      if (block.text !== '') out.push({ type: 'text', text: block.text });
    } else if (block.type === 'thinking') out.push({ type: 'reasoning', text: block.thinking, signature: block.signature });
    else if (block.type === 'redacted_thinking') out.push({ type: 'reasoning', text: '', redacted: block.data });
    else if (block.type === 'tool_use' || block.type === 'server_tool_use') {
      out.push({ type: 'tool-call', toolCallId: block.id, toolName: block.name, args: block.input, providerExecuted: block.type === 'server_tool_use' });
    } else if ('tool_use_id' in block) {
      const call = out.find((part) => part.toolCallId === block.tool_use_id);
      if (call) call.result = block.content;
    }
  }
  return out;
}

function partsFromOurs(parts: readonly ChatPart[]): unknown[] {
  return parts.map((part) => {
    if (part.type === 'source') return { type: 'source', citedText: part.citedText, ...(part.url ? { url: part.url } : {}) };
    if (part.type === 'reasoning') return { type: 'reasoning', text: part.text, ...(part.redacted !== undefined ? { redacted: part.redacted } : { signature: part.signature }) };
    if (part.type === 'tool-call') {
      const { toolCallId, toolName, args, result } = part;
      return { type: 'tool-call', toolCallId, toolName, args, providerExecuted: part.providerExecuted === true, ...(result !== undefined ? { result } : {}) };
    }
    return part;
  });
}

function sdkMessage(name: string): Message {
  const outcome = SDK.get(name);
  if (!outcome?.ok) throw new Error(`The SDK did not accept ${name}.`);
  return outcome.message;
}

function expectUsageMatches(ours: ChatMessage, sdk: Message): void {
  const wire = sdk.usage;
  // Every counter the SDK keeps, with the same value; ours may keep more (see the refusal test below).
  expect(ours.metadata?.usage?.raw).toMatchObject(wire as object);
  expect(ours.metadata?.usage?.outputTokens).toBe(wire.output_tokens);
  expect(ours.metadata?.usage?.inputTokens).toBe(wire.input_tokens + (wire.cache_creation_input_tokens ?? 0) + (wire.cache_read_input_tokens ?? 0));
}

describe('Anthropic differential: @anthropic-ai/sdk MessageStream.finalMessage()', () => {
  it('the SDK accepts every fixture but the in-band error', () => {
    expect(ANTHROPIC_FIXTURES.filter((name) => !SDK.get(name)?.ok)).toEqual(SDK_THROWS);
    expect(COMPARED).toHaveLength(10);
  });

  it.each(COMPARED)('%s: same text, thinking, tool calls, results, citations, usage and stop reason', (name) => {
    const sdk = sdkMessage(name);
    const ours = decodeAnthropic(name);
    expect(partsFromOurs(ours.parts)).toEqual(partsFromSdk(sdk.content));
    expect(ours.metadata?.finishReason).toBe(sdk.stop_reason);
    expect(ours.metadata?.model).toBe(sdk.model);
    expect(ours.metadata?.responseId).toBe(sdk.id);
    expectUsageMatches(ours, sdk);
    expect(ours.status).toBe('complete');
  });

  it('max-tokens-mid-tool-input.sse: the SDK drops the cut string; ours keeps it and marks the call invalid', () => {
    const name = 'anthropic/max-tokens-mid-tool-input.sse';
    const sdk = sdkMessage(name);
    const ours = decodeAnthropic(name);
    const sdkCall = sdk.content[1];
    const ourCall = ours.parts[1];
    if (sdkCall?.type !== 'tool_use' || ourCall?.type !== 'tool-call') throw new Error('expected a tool call from both');
    const sdkLines = (sdkCall.input as { lines_of_text: string[] }).lines_of_text;
    expect(sdkLines).toEqual(['# COMPREHENSIVE TAX GUIDE FOR INDIVIDUALS WITH MULTIPLE W-2s', '', '## INTRODUCTION', '']);
    expect(ourCall.args).toEqual({ ...(sdkCall.input as object), lines_of_text: [...sdkLines, 'Filing taxes'] });
    expect(ourCall.state).toBe('invalid');
    expect(ours.parts[0]).toEqual({ type: 'text', text: (sdk.content[0] as { text: string }).text });
    expect(ours.metadata?.finishReason).toBe(sdk.stop_reason);
    expectUsageMatches(ours, sdk);
  });

  it('refusal-after-thinking-and-text: message_delta usage fields the SDK does not know (iterations) stay on ours', () => {
    const name = 'anthropic/refusal-after-thinking-and-text.test-authored.sse';
    expect(sdkMessage(name).usage).not.toHaveProperty('iterations');
    expect(decodeAnthropic(name).metadata?.usage?.raw).toMatchObject({ iterations: [{ type: 'message', input_tokens: 28, output_tokens: 106 }] });
  });

  it('error-overloaded-after-text.sse: the SDK throws and loses "Hello"; ours keeps it with the server error', () => {
    const outcome = SDK.get('anthropic/error-overloaded-after-text.sse');
    expect(outcome?.ok).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).error).toMatchObject({ error: { type: 'overloaded_error', message: 'Overloaded' } });
    const ours = decodeAnthropic('anthropic/error-overloaded-after-text.sse');
    expect(ours.parts).toEqual([{ type: 'text', text: 'Hello' }]);
    expect(ours.metadata?.error).toMatchObject({ code: 'server', providerCode: 'overloaded_error', message: 'Overloaded' });
  });
});
