import { describe, it, expect } from 'vitest';
import type { SourcePart, TextPart, ToolCallPart } from '../../../src/message';
import { decodeAnthropic, partOutline, readAnthropicFixture, wireDeltas } from './anthropicFixture';

const usage = (input: number, output: number) => expect.objectContaining({ inputTokens: input, outputTokens: output, totalTokens: input + output });

describe('Anthropic fixtures: tools, server tools and citations', () => {
  it('text-then-tool-use-with-ping.sse: text, then a ready client call from input_json_delta', () => {
    const message = decodeAnthropic('anthropic/text-then-tool-use-with-ping.sse');
    expect(partOutline(message.parts)).toEqual(['text(190)', 'tool-call search ready']);
    expect((message.parts[0] as TextPart).text).toMatch(/^I'll help you find information about the Tigers game .*\n\nFirst, let me search for the Tigers game schedule:$/s);
    expect(message.parts[1]).toEqual({
      type: 'tool-call',
      toolCallId: 'toolu_014cZKakAghgvhi4Y99XBUru',
      toolName: 'search',
      argumentsText: '{"query": "Detroit Tigers baseball game today time schedule"}',
      args: { query: 'Detroit Tigers baseball game today time schedule' },
      state: 'ready',
    });
    expect(message.metadata).toMatchObject({ finishReason: 'tool_use', usage: usage(465, 96) });
    expect(message.status).toBe('complete');
  });

  it('server-tool-search-then-tool-use.sse: a provider-run tool search with its result, then a client call with its caller', () => {
    const message = decodeAnthropic('anthropic/server-tool-search-then-tool-use.sse');
    expect(partOutline(message.parts)).toEqual([
      'text(76)',
      'tool-call tool_search_tool_bm25 ready provider with result',
      'text(82)',
      'tool-call get_exchange_rate ready',
    ]);
    expect(message.parts[1]).toMatchObject({
      toolCallId: 'srvtoolu_01S5swZdBmTzLDVzwcT5LbHp',
      args: { query: 'USD EUR exchange rate currency conversion' },
      result: { type: 'tool_search_tool_search_result', tool_references: [{ type: 'tool_reference', tool_name: 'get_exchange_rate' }] },
      providerData: { resultType: 'tool_search_tool_result' },
    });
    expect((message.parts[1] as ToolCallPart).isError).toBeUndefined();
    expect(message.parts[3]).toMatchObject({
      toolCallId: 'toolu_01EFn5wTNBYA8Reni8rbmnHT',
      argumentsText: '{"from_currency": "USD", "to_currency": "EUR"}',
      args: { from_currency: 'USD', to_currency: 'EUR' },
      providerData: { caller: { type: 'direct' } },
    });
    expect((message.parts[3] as ToolCallPart).providerExecuted).toBeUndefined();
    expect(message.metadata).toMatchObject({ finishReason: 'tool_use', model: 'claude-sonnet-4-6', usage: usage(1591, 175) });
  });

  it('code-execution-server-tool-205-input-deltas.sse: a 205-delta server call, results, and three text parts', () => {
    const raw = readAnthropicFixture('code-execution-server-tool-205-input-deltas.sse');
    const data: { name: string; data: unknown }[] = [];
    const message = decodeAnthropic('anthropic/code-execution-server-tool-205-input-deltas.sse', (part) => data.push(part));
    expect(data.map(({ name, data: value }) => ({ name, value }))).toEqual([
      { name: 'anthropic-container', value: { id: 'container_011CU6pTr2hLT47seQ5Xs4yj', expires_at: '2025-10-14T10:02:00.044495Z' } },
    ]);
    expect(partOutline(message.parts)).toEqual([
      'text(113)',
      'tool-call text_editor_code_execution ready provider with result',
      'text(63)',
      'tool-call bash_code_execution ready provider with result',
      'text(619)',
    ]);
    const editor = message.parts[1] as ToolCallPart;
    expect(editor.argumentsText).toBe(wireDeltas(raw, 1, 'input_json_delta', 'partial_json'));
    expect(editor.args).toMatchObject({ command: 'create', path: '/tmp/fibonacci.py' });
    expect(editor.result).toEqual({ type: 'text_editor_code_execution_create_result', is_file_update: false });
    expect(message.parts[3]).toMatchObject({
      args: { command: 'python /tmp/fibonacci.py' },
      result: { type: 'bash_code_execution_result', return_code: 0, stderr: '' },
      providerData: { resultType: 'bash_code_execution_tool_result' },
    });
    expect((message.parts[4] as TextPart).text).toBe(wireDeltas(raw, 6, 'text_delta', 'text'));
    expect(message.metadata).toMatchObject({ finishReason: 'end_turn', usage: usage(8050, 771) });
  });

  it('web-search-citations-delta.sse: web search with its results; each citation a url source before the text it backs', () => {
    const message = decodeAnthropic('anthropic/web-search-citations-delta.sse');
    expect(partOutline(message.parts)).toEqual([
      'text(53)', 'tool-call web_search ready provider with result', 'text(94)',
      'source url', 'text(153)', 'text(2)', 'source url', 'text(149)', 'text(2)', 'source url', 'text(205)', 'text(217)',
    ]);
    const search = message.parts[1] as ToolCallPart;
    expect(search.args).toEqual({ query: 'London UK weather forecast today July 10 2025' });
    expect(Array.isArray(search.result) && search.result.length).toBe(10);
    const sources = message.parts.filter((part): part is SourcePart => part.type === 'source');
    expect(sources.map(({ url, title }) => ({ url, title }))).toEqual(
      Array(3).fill({ url: 'https://weather.metoffice.gov.uk/forecast/gcpvj0v07', title: 'London (Greater London) weather - Met Office' }),
    );
    expect(sources[1]?.citedText).toBe('Feeling very warm or hot in light winds, slightly cooler along the coast. Maximum temperature 30 °C.');
    expect(message.metadata).toMatchObject({ finishReason: 'end_turn', usage: usage(9911, 343) });
  });

  it('document-citations-delta.sse: char_location citations as plain-text document sources', () => {
    const message = decodeAnthropic('anthropic/document-citations-delta.sse');
    expect(message.parts).toEqual([
      { type: 'text', text: 'Based on the provided document:\n\n' },
      { type: 'source', sourceType: 'document', mediaType: 'text/plain', citedText: 'The grass is green. ' },
      { type: 'text', text: 'The grass is green.' },
      { type: 'text', text: ' ' },
      { type: 'source', sourceType: 'document', mediaType: 'text/plain', citedText: 'The sky is blue.' },
      { type: 'text', text: 'The sky is blue.' },
      { type: 'text', text: '\n\nThese are the common natural colors we observe in nature for these elements of our environment.' },
    ]);
    expect(message.metadata).toMatchObject({ finishReason: 'end_turn', usage: usage(575, 70) });
  });
});
