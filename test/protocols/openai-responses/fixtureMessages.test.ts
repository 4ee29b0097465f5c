import { describe, expect, it } from 'vitest';
import type { ChatPart, ToolCallPart } from '../../../src/message';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';
import { decodeResponses, readResponsesFixture, RESPONSES_FIXTURES, wireDoneTexts, wireEvents } from './responsesFixtures';

// Every recorded Responses stream, decoded by the store's own turn, asserted part by part. Long texts
// are checked against the `.done` events of the file, read without our SSE parser or decoder.

const usage = (inputTokens: number, outputTokens: number, reasoningTokens: number, cachedInputTokens: number) =>
  expect.objectContaining({ inputTokens, outputTokens, totalTokens: inputTokens + outputTokens, reasoningTokens, cachedInputTokens });

const call = (part: ChatPart | undefined): ToolCallPart => {
  if (part?.type !== 'tool-call') throw new Error(`expected a tool-call part, got ${part?.type}`);
  return part;
};

describe('OpenAI Responses fixtures → final messages', () => {
  it('covers every fixture of the folder', () => {
    expect(RESPONSES_FIXTURES).toHaveLength(11);
  });

  it('text.sse: one text part, completed, usage', () => {
    const name = 'openai-responses/text.sse';
    const [text] = wireDoneTexts(readResponsesFixture(name));
    expect(text).toHaveLength(283);
    expect(decodeResponses(name)).toMatchObject({
      status: 'complete',
      parts: [{ type: 'text', text, providerData: { itemId: 'msg_6859a4af047c8199a905d58a69677087077218073e9990d3' } }],
      metadata: {
        responseId: 'resp_6859a4ad7d3c81999e9e02548c91e2a8077218073e9990d3',
        model: 'gpt-4-0613',
        finishReason: 'completed',
        sequenceNumber: 67,
        usage: usage(10, 62, 0, 0),
      },
    });
    expect(decodeResponses(name).parts).toHaveLength(1);
  });

  it('two-function-calls.sse: two calls by output_index, each with its call_id, parsed', () => {
    const message = decodeResponses('openai-responses/two-function-calls.sse');
    expect(message.parts).toEqual([
      {
        type: 'tool-call',
        toolCallId: 'call_GXd80NWdsX8ng3xdeNLeA42o',
        toolName: 'search',
        argumentsText: '{"query":"Detroit Tigers game time October 6, 2023"}',
        args: { query: 'Detroit Tigers game time October 6, 2023' },
        state: 'ready',
        providerData: { itemId: 'fc_6859a4b31d4c819b8b8d2e13e220b1f80be65637a2186412' },
      },
      {
        type: 'tool-call',
        toolCallId: 'call_qfdHN9tTntv02109c9RNnGGe',
        toolName: 'weather',
        argumentsText: '{"city":"Detroit"}',
        args: { city: 'Detroit' },
        state: 'ready',
        providerData: { itemId: 'fc_6859a4b36d40819b9ff3cade253cd3770be65637a2186412' },
      },
    ]);
    expect(message.status).toBe('complete');
    expect(message.metadata).toMatchObject({ finishReason: 'completed', sequenceNumber: 28, usage: usage(92, 52, 0, 0) });
  });

  it('reasoning-summary-then-function-call.sse: a reasoning part (the summary), then the call', () => {
    const name = 'openai-responses/reasoning-summary-then-function-call.sse';
    const [summary] = wireEvents(readResponsesFixture(name), 'response.reasoning_summary_text.done').map((event) => event.text);
    expect(summary).toHaveLength(391);
    const message = decodeResponses(name);
    expect(message.parts).toEqual([
      { type: 'reasoning', text: summary, providerData: { itemId: 'rs_6859a4c69e0481989e14c31c10bb34fb0179e266e69a389d' } },
      {
        type: 'tool-call',
        toolCallId: 'call_nNlsgLEC5L6HTPLYNLGxYOrZ',
        toolName: 'search',
        argumentsText: '{"query": "Detroit Tigers game time June 23 2025"}',
        args: { query: 'Detroit Tigers game time June 23 2025' },
        state: 'ready',
        providerData: { itemId: 'fc_6859a4caa4a48198964d63077ab462f20179e266e69a389d' },
      },
    ]);
    expect(message.metadata).toMatchObject({ model: 'o4-mini-2025-04-16', finishReason: 'completed', usage: usage(78, 221, 192, 0) });
  });

  it('error-then-response-failed.sse: a server error with the provider code, reported once, no parts', () => {
    const message = decodeResponses('openai-responses/error-then-response-failed.sse');
    expect(message.status).toBe('error');
    expect(message.parts).toEqual([]);
    const error = message.metadata?.error;
    expect(error).toBeInstanceOf(ChatStreamError);
    expect(error).toMatchObject({ code: 'server', providerCode: 'rate_limit_exceeded', retryable: true });
    expect(error?.message).toMatch(/^Request too large for gpt-4o in project/);
    expect(message.metadata).toMatchObject({ responseId: 'resp_6867f1cae59481a0a6d8b23d1b93e4aa02dfa4dca8f6376f', sequenceNumber: 3 });
    expect(message.metadata?.finishReason).toBeUndefined();
  });

  it('background-queued-then-text.sse: queued, then the text, completed', () => {
    const message = decodeResponses('openai-responses/background-queued-then-text.sse');
    expect(message.parts).toEqual([
      { type: 'text', text: '2 + 2 equals 4.', providerData: { itemId: 'msg_0da443d9ee8333600069950a08ad6c8196b75dbd82078d520a' } },
    ]);
    expect(message).toMatchObject({
      status: 'complete',
      metadata: { responseId: 'resp_0da443d9ee8333600069950a0635d88196b2d9243b08e8cc01', finishReason: 'completed', sequenceNumber: 16, usage: usage(15, 9, 0, 0) },
    });
  });

  it('incomplete-max-output-tokens: the partial text, finish reason from incomplete_details, no sequence numbers', () => {
    const message = decodeResponses('openai-responses/incomplete-max-output-tokens.test-authored.sse');
    expect(message.parts).toEqual([{ type: 'text', text: 'Hello,', providerData: { itemId: 'msg_67c9a81dea8c8190b79651a2b3adf91e' } }]);
    expect(message.status).toBe('complete');
    expect(message.metadata).toMatchObject({ finishReason: 'max_output_tokens', responseId: 'resp_67c9a81b6a048190a9ee441c5755a4e8' });
    expect(message.metadata?.sequenceNumber).toBeUndefined();
  });

  it('reasoning-item-then-function-call-gpt5.sse: encrypted reasoning kept on an empty reasoning part, then the call', () => {
    const name = 'openai-responses/reasoning-item-then-function-call-gpt5.sse';
    const encrypted = (wireEvents(readResponsesFixture(name), 'response.output_item.done')[0]?.item as { encrypted_content: string }).encrypted_content;
    expect(encrypted).toMatch(/^gAAAAAB/);
    const message = decodeResponses(name);
    expect(message.parts).toEqual([
      { type: 'reasoning', text: '', encrypted, providerData: { itemId: 'rs_0050471a34b36ae60068c97bac4dcc819595fd0f80d6b3c405' } },
      {
        type: 'tool-call',
        toolCallId: 'call_CWXgs68YprAjp6t0371hiPOI',
        toolName: 'final_result',
        argumentsText: '{"result":6666}',
        args: { result: 6666 },
        state: 'ready',
        providerData: { itemId: 'fc_0050471a34b36ae60068c97bf19d9c819590eaf42c0edc1042' },
      },
    ]);
    expect(message.metadata).toMatchObject({ model: 'gpt-5-2025-08-07', usage: usage(53, 469, 448, 0) });
  });

  it('github-copilot-rotating-item-ids.sse: pieces tied by output_index although every item_id differs', () => {
    const name = 'openai-responses/github-copilot-rotating-item-ids.sse';
    const [text] = wireDoneTexts(readResponsesFixture(name));
    expect(text).toHaveLength(138);
    const message = decodeResponses(name);
    expect(message.parts).toEqual([
      { type: 'reasoning', text: '**Counting character occurrences**', providerData: { itemId: 'capture-id-3' } },
      { type: 'text', text, providerData: { itemId: 'capture-id-9', phase: 'final_answer' } },
    ]);
    // Copilot also rotates the response id; the first one is kept.
    expect(message.metadata).toMatchObject({ responseId: 'capture-id-1', sequenceNumber: 68, usage: usage(19, 105, 44, 0) });
  });

  it('web-search-call-url-citation.sse: the hosted search as a provider-run call with its result, text, then the source', () => {
    const name = 'openai-responses/web-search-call-url-citation.sse';
    const [text] = wireDoneTexts(readResponsesFixture(name));
    expect(text).toHaveLength(179);
    const message = decodeResponses(name);
    const id = 'ws_0b5cbf1ce3f8b01c00696d5e6dd828819ca5c5eaf4bc746b6f';
    expect(message.parts).toEqual([
      {
        type: 'tool-call',
        toolCallId: id,
        toolName: 'web_search',
        argumentsText: '{"type":"search","queries":["tallest mountain in Alberta"],"query":"tallest mountain in Alberta"}',
        args: { type: 'search', queries: ['tallest mountain in Alberta'], query: 'tallest mountain in Alberta' },
        state: 'ready',
        providerExecuted: true,
        providerData: { itemId: id, status: 'completed' },
        result: { status: 'completed' },
      },
      { type: 'text', text, providerData: { itemId: 'msg_0b5cbf1ce3f8b01c00696d5e6e9c00819c80af19e49f76161c' } },
      {
        type: 'source',
        sourceType: 'url',
        url: 'https://www.britannica.com/place/Mount-Columbia?utm_source=openai',
        title: 'Mount Columbia | mountain, Alberta, Canada | Britannica',
        startIndex: 94,
        endIndex: 179,
      },
    ]);
    expect(message.metadata).toMatchObject({ finishReason: 'completed', usage: usage(8234, 79, 34, 0) });
  });

  it('web-search-many-actions-annotations.sse: six searches in order, one text of 3,645 characters, twelve url sources after it', () => {
    const name = 'openai-responses/web-search-many-actions-annotations.sse';
    const raw = readResponsesFixture(name);
    const [text] = wireDoneTexts(raw);
    expect(text).toHaveLength(3645);
    const message = decodeResponses(name);
    expect(message.parts.map((part) => part.type)).toEqual([...Array<string>(6).fill('tool-call'), 'text', ...Array<string>(12).fill('source')]);
    const calls = message.parts.slice(0, 6).map(call);
    expect(calls.map((part) => (part.args as { type: string }).type)).toEqual(['search', 'search', 'open_page', 'find_in_page', 'find_in_page', 'find_in_page']);
    for (const part of calls) expect(part).toMatchObject({ toolName: 'web_search', state: 'ready', providerExecuted: true, result: { status: 'completed' } });
    // The searches' consulted sources are their result; the sources list is not repeated in the input.
    expect((calls[0]?.result as { sources: unknown[] }).sources).toHaveLength(10);
    expect(calls[0]?.args).not.toHaveProperty('sources');
    expect(message.parts[6]).toMatchObject({ type: 'text', text });
    const annotations = wireEvents(raw, 'response.output_text.annotation.added').map((event) => event.annotation as Record<string, unknown>);
    expect(message.parts.slice(7)).toEqual(
      annotations.map((a) => ({ type: 'source', sourceType: 'url', url: a.url, title: a.title, startIndex: a.start_index, endIndex: a.end_index })),
    );
    expect(message.metadata).toMatchObject({ finishReason: 'completed', model: 'gpt-5-mini-2025-08-07' });
  });

  it('file-search-file-citation.sse: the file search with its queries, the text, two document sources at their index', () => {
    const name = 'openai-responses/file-search-file-citation.sse';
    const [text] = wireDoneTexts(readResponsesFixture(name));
    expect(text).toHaveLength(383);
    const message = decodeResponses(name);
    expect(message.parts.map((part) => part.type)).toEqual(['tool-call', 'text', 'source', 'source']);
    expect(message.parts[0]).toMatchObject({
      toolCallId: 'fs_0459517ad68504ad0068cabfbd76888192a5dc4475fadabf8a',
      toolName: 'file_search',
      state: 'ready',
      providerExecuted: true,
      args: {
        queries: [
          'What is an embedding model according to this document?',
          'What is an embedding model defined as in the document?',
          'definition of embedding model',
        ],
      },
      result: { status: 'completed' },
    });
    expect(message.parts[1]).toMatchObject({ type: 'text', text });
    const source = { type: 'source', sourceType: 'document', id: 'file-Ebzhf8H4DPGPr9pUhr7n7v', filename: 'ai.pdf', title: 'ai.pdf' };
    expect(message.parts.slice(2)).toEqual([
      { ...source, startIndex: 154, endIndex: 154 },
      { ...source, startIndex: 382, endIndex: 382 },
    ]);
    expect(message.metadata).toMatchObject({ usage: usage(3737, 621, 512, 2304) });
  });
});
