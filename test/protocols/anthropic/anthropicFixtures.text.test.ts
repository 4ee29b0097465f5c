import { describe, it, expect } from 'vitest';
import type { ReasoningPart, TextPart } from '../../../src/message';
import { decodeAnthropic, partOutline, readAnthropicFixture, wireDeltas } from './anthropicFixture';

const usage = (input: number, output: number, extra: object = {}) =>
  expect.objectContaining({ inputTokens: input, outputTokens: output, totalTokens: input + output, ...extra });

describe('Anthropic fixtures: text, thinking, errors and stop reasons', () => {
  it('text.sse: one text block, ping skipped, end_turn, usage from message_start and message_delta', () => {
    const raw = readAnthropicFixture('text.sse');
    const message = decodeAnthropic('anthropic/text.sse');
    expect(partOutline(message.parts)).toEqual(['text(468)']);
    const text = (message.parts[0] as TextPart).text;
    expect(text).toBe(wireDeltas(raw, 0, 'text_delta', 'text'));
    expect(text.startsWith("I'm Claude, an AI assistant made by Anthropic.")).toBe(true);
    expect(text.endsWith('How can I help you today?')).toBe(true);
    expect(message.status).toBe('complete');
    expect(message.metadata).toMatchObject({ finishReason: 'end_turn', model: 'claude-3-7-sonnet-20250219', responseId: 'msg_014HN4fQn2vqETrzGmNdZ9Eg' });
    expect(message.metadata?.usage).toEqual(usage(11, 104, { cachedInputTokens: 0 }));
    expect(message.metadata?.error).toBeUndefined();
  });

  it('thinking-signature-then-text.sse: a signed reasoning part, then a separate text part', () => {
    const raw = readAnthropicFixture('thinking-signature-then-text.sse');
    const message = decodeAnthropic('anthropic/thinking-signature-then-text.sse');
    expect(partOutline(message.parts)).toEqual(['reasoning(1311, signed)', 'text(837)']);
    const [thinking, text] = message.parts as [ReasoningPart, TextPart];
    expect(thinking.text).toBe(wireDeltas(raw, 0, 'thinking_delta', 'thinking'));
    expect(thinking.signature).toBe(wireDeltas(raw, 0, 'signature_delta', 'signature'));
    expect(thinking.signature).toMatch(/^ErUBCkYIARgCIkCMkRFg.*CFe43e4r7g==$/);
    expect(text.text).toBe(wireDeltas(raw, 1, 'text_delta', 'text'));
    expect(message.metadata).toMatchObject({ finishReason: 'end_turn', usage: usage(50, 452) });
  });

  it('redacted-thinking-then-text.sse: two redacted reasoning parts kept apart, then text; message_delta input_tokens overwrite', () => {
    const raw = readAnthropicFixture('redacted-thinking-then-text.sse');
    const message = decodeAnthropic('anthropic/redacted-thinking-then-text.sse');
    expect(partOutline(message.parts)).toEqual(['reasoning(0, redacted)', 'reasoning(0, redacted)', 'text(359)']);
    const redacted = [...raw.matchAll(/"type":"redacted_thinking","data":"([^"]*)"/g)].map((match) => match[1]);
    expect(redacted).toHaveLength(2);
    expect(message.parts.slice(0, 2)).toEqual(redacted.map((data) => ({ type: 'reasoning', text: '', redacted: data })));
    expect((message.parts[2] as TextPart).text).toBe(wireDeltas(raw, 2, 'text_delta', 'text'));
    expect(message.metadata).toMatchObject({ finishReason: 'end_turn', model: 'claude-sonnet-4-5-20250929', usage: usage(92, 189) });
  });

  it('error-overloaded-after-text.sse: the partial text stays and the turn fails with the server error', () => {
    const message = decodeAnthropic('anthropic/error-overloaded-after-text.sse');
    expect(message.parts).toEqual([{ type: 'text', text: 'Hello' }]);
    expect(message.status).toBe('error');
    expect(message.metadata?.error).toMatchObject({ code: 'server', message: 'Overloaded', providerCode: 'overloaded_error', retryable: true });
    expect(message.metadata?.finishReason).toBeUndefined();
    expect(message.metadata?.usage).toEqual(usage(17, 1));
  });

  it('max-tokens-mid-tool-input.sse: max_tokens kept; the cut call is invalid with the part that parsed', () => {
    const message = decodeAnthropic('anthropic/max-tokens-mid-tool-input.sse');
    expect(partOutline(message.parts)).toEqual(['text(135)', 'tool-call make_file invalid']);
    expect(message.parts[1]).toMatchObject({
      toolCallId: 'toolu_01EKqbqmZrGRXy18eN7m9kvY',
      args: { filename: 'taxes.txt', lines_of_text: ['# COMPREHENSIVE TAX GUIDE FOR INDIVIDUALS WITH MULTIPLE W-2s', '', '## INTRODUCTION', '', 'Filing taxes'] },
      parseError: expect.stringMatching(/Unterminated string/),
    });
    expect(message.status).toBe('complete');
    expect(message.metadata).toMatchObject({ finishReason: 'max_tokens', usage: usage(450, 124) });
  });

  it('refusal-stop-details-no-content.sse: no parts, finish reason refusal, zero output tokens, stop_details to onData', () => {
    const data: unknown[] = [];
    const message = decodeAnthropic('anthropic/refusal-stop-details-no-content.sse', (part) => data.push(part));
    expect(message.parts).toEqual([]);
    expect(data).toEqual([
      {
        type: 'data', choice: 0, name: 'anthropic-stop-details', transient: true,
        data: { type: 'refusal', category: 'reasoning_extraction', explanation: expect.stringMatching(/^This request was blocked .*refusals-and-fallback$/) },
      },
    ]);
    expect(message.status).toBe('complete');
    expect(message.metadata).toMatchObject({ finishReason: 'refusal', model: 'claude-fable-5-1', usage: usage(97, 0, { reasoningTokens: 0 }) });
  });

  it('refusal-after-thinking-and-text.test-authored.sse: the thinking and the text before the refusal are kept', () => {
    const message = decodeAnthropic('anthropic/refusal-after-thinking-and-text.test-authored.sse');
    expect(partOutline(message.parts)).toEqual(['reasoning(212, signed)', 'text(2)']);
    expect(message.parts[0]).toMatchObject({ signature: 'c3ludGhldGljLXNpZ25hdHVyZS1maXh0dXJlLWEtbm90LWEtcmVhbC1zaWduYXR1cmU=' });
    expect((message.parts[0] as ReasoningPart).text).toMatch(/^Simple educational question .* roll with it politely\.$/);
    expect(message.parts[1]).toEqual({ type: 'text', text: 'Hi' });
    expect(message.metadata).toMatchObject({ finishReason: 'refusal', usage: usage(28, 106, { reasoningTokens: 67 }) });
  });
});
