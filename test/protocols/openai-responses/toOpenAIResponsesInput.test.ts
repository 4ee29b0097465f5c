import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatPart, ToolCallPart } from '../../../src/message';
import type { SseEvent } from '../../../src/protocols';
import { openAIResponsesProtocol, toOpenAIResponsesInput } from '../../../src/protocols/openai-responses';

let nextId = 0;
const message = (role: ChatMessage['role'], parts: ChatPart[]): ChatMessage => ({ id: `m${nextId++}`, role, parts, status: 'complete' });
const text = (value: string): ChatPart => ({ type: 'text', text: value });
const call = (id: string, name: string, argumentsText: string, extra: Partial<ToolCallPart> = {}): ToolCallPart => ({
  type: 'tool-call',
  toolCallId: id,
  toolName: name,
  argumentsText,
  args: argumentsText === '' ? {} : (JSON.parse(argumentsText) as unknown),
  state: 'ready',
  ...extra,
});

describe('toOpenAIResponsesInput', () => {
  it('leading system messages become instructions; a later one stays in place', () => {
    const out = toOpenAIResponsesInput([
      message('system', [text('Be brief.')]),
      message('system', [text('Answer in French.')]),
      message('user', [text('Hi')]),
      message('system', [text('Now in German.')]),
    ]);
    expect(out).toEqual({
      instructions: 'Be brief.\n\nAnswer in French.',
      input: [
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi' }] },
        { type: 'message', role: 'system', content: [{ type: 'input_text', text: 'Now in German.' }] },
      ],
    });
  });

  it('user files: images as input_image, text files inline as input_text, others as input_file (inline or by URL)', () => {
    const out = toOpenAIResponsesInput([
      message('user', [
        text('Look'),
        { type: 'file', mediaType: 'image/png', data: 'iVBOR' },
        { type: 'file', mediaType: 'image/jpeg', url: 'https://img.example/a.jpg' },
        { type: 'file', mediaType: 'application/pdf', name: 'report.pdf', data: 'JVBERi0' },
        { type: 'file', mediaType: 'application/pdf', url: 'https://docs.example/b.pdf' },
        { type: 'file', mediaType: 'text/plain' },
        { type: 'file', mediaType: 'text/markdown', name: 'notes.md', data: btoa('# Notes\nsee') },
      ]),
    ]);
    expect(out.input).toEqual([
      {
        type: 'message',
        role: 'user',
        content: [
          { type: 'input_text', text: 'Look' },
          { type: 'input_image', image_url: 'data:image/png;base64,iVBOR', detail: 'auto' },
          { type: 'input_image', image_url: 'https://img.example/a.jpg', detail: 'auto' },
          { type: 'input_file', filename: 'report.pdf', file_data: 'data:application/pdf;base64,JVBERi0' },
          { type: 'input_file', file_url: 'https://docs.example/b.pdf' },
          { type: 'input_text', text: 'notes.md:\n# Notes\nsee' },
        ],
      },
    ]);
  });

  it('an agent turn: reasoning item (grouped by id, with its encrypted content), calls, their outputs after the run, then the next step', () => {
    const out = toOpenAIResponsesInput([
      message('user', [text('Weather in Paris and Rome?')]),
      message('assistant', [
        { type: 'reasoning', text: '**Plan**', providerData: { itemId: 'rs_1' } },
        { type: 'reasoning', text: '**Check**', encrypted: 'enc-1', providerData: { itemId: 'rs_1' } },
        call('call_a', 'weather', '{"city":"Paris"}', { result: { temp: 18 } }),
        call('call_b', 'weather', '{"city":"Rome"}', { result: 'sunny', isError: undefined }),
        { type: 'step-start' },
        { type: 'reasoning', text: '', encrypted: 'enc-2', providerData: { itemId: 'rs_2' } },
        { type: 'text', text: 'Paris 18°, Rome sunny.', providerData: { itemId: 'msg_1', phase: 'final_answer' } },
        { type: 'source', sourceType: 'url', url: 'https://w.example' },
      ]),
    ]);
    expect(out.input.slice(1)).toEqual([
      {
        type: 'reasoning',
        id: 'rs_1',
        summary: [
          { type: 'summary_text', text: '**Plan**' },
          { type: 'summary_text', text: '**Check**' },
        ],
        encrypted_content: 'enc-1',
      },
      { type: 'function_call', call_id: 'call_a', name: 'weather', arguments: '{"city":"Paris"}' },
      { type: 'function_call', call_id: 'call_b', name: 'weather', arguments: '{"city":"Rome"}' },
      { type: 'function_call_output', call_id: 'call_a', output: '{"temp":18}' },
      { type: 'function_call_output', call_id: 'call_b', output: 'sunny' },
      { type: 'reasoning', id: 'rs_2', summary: [], encrypted_content: 'enc-2' },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Paris 18°, Rome sunny.' }], phase: 'final_answer' },
    ]);
  });

  it('leaves out what the API cannot take back: unencrypted or foreign reasoning, provider-run calls, empty messages', () => {
    const out = toOpenAIResponsesInput([
      message('user', [text('Search')]),
      message('assistant', [
        { type: 'reasoning', text: 'summary only', providerData: { itemId: 'rs_x' } },
        { type: 'reasoning', text: 'claude thinking', signature: 'sig' },
        call('ws_1', 'web_search', '{"type":"search"}', { providerExecuted: true, result: { status: 'completed' } }),
        { type: 'text', text: 'Found it.' },
      ]),
      message('assistant', []),
      message('user', []),
    ]);
    expect(out.input).toEqual([
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Search' }] },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Found it.' }] },
    ]);
    expect(out).not.toHaveProperty('instructions');
  });

  it('refusals, custom tool calls, calls without arguments', () => {
    const out = toOpenAIResponsesInput([
      message('assistant', [
        { type: 'refusal', text: 'No.' },
        { ...call('call_c', 'shell', '', { result: 'ok' }), custom: true, argumentsText: 'ls', args: 'ls' },
        call('call_d', 'now', '', { result: 12 }),
      ]),
    ]);
    expect(out.input).toEqual([
      { type: 'message', role: 'assistant', content: [{ type: 'refusal', refusal: 'No.' }] },
      { type: 'custom_tool_call', call_id: 'call_c', name: 'shell', input: 'ls' },
      { type: 'function_call', call_id: 'call_d', name: 'now', arguments: '{}' },
      { type: 'custom_tool_call_output', call_id: 'call_c', output: 'ok' },
      { type: 'function_call_output', call_id: 'call_d', output: '12' },
    ]);
  });

  it('a reasoning item goes only right before an item that is sent (the API rejects one without it)', () => {
    const reasoning = (id: string): ChatPart => ({ type: 'reasoning', text: '', encrypted: `enc-${id}`, providerData: { itemId: id } });
    const out = toOpenAIResponsesInput([
      message('assistant', [
        reasoning('rs_before_search'),
        call('ws_1', 'web_search', '{}', { providerExecuted: true, result: { status: 'completed' } }),
        reasoning('rs_before_unanswered'),
        call('call_open', 'lookup', '{}'),
        { type: 'step-start' },
        reasoning('rs_before_step_end'),
        { type: 'step-start' },
        reasoning('rs_kept'),
        { type: 'source', sourceType: 'url', url: 'https://s.example' },
        text('Done.'),
        reasoning('rs_last'),
      ]),
    ]);
    expect(out.input).toEqual([
      { type: 'reasoning', id: 'rs_kept', summary: [], encrypted_content: 'enc-rs_kept' },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Done.' }] },
    ]);
  });
});

describe('openAIResponsesProtocol.buildRequest', () => {
  it('asks for a stateless stream whose reasoning can be sent back', () => {
    const request = openAIResponsesProtocol.buildRequest([message('user', [text('Hi')])], { api: '/v1/responses', chatId: 'c1' });
    expect(request).toEqual({
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: {
        input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi' }] }],
        stream: true,
        store: false,
        include: ['reasoning.encrypted_content'],
      },
    });
    expect(openAIResponsesProtocol.name).toBe('openai-responses');
  });
});

describe('openAIResponsesProtocol.attachments', () => {
  it('carries images, PDFs and text files, each within OpenAI’s limit', () => {
    const limits = openAIResponsesProtocol.attachments ?? {};
    expect(limits['image/png']).toBe(20 * 1024 * 1024);
    expect(limits['application/pdf']).toBe(32 * 1024 * 1024);
    expect(Object.keys(limits).some((pattern) => pattern.startsWith('video/') || pattern === '*/*')).toBe(false);
  });
});

describe('openAIResponsesProtocol.detect', () => {
  const detect = (event: SseEvent) => openAIResponsesProtocol.detect?.(event);

  it('knows a Responses stream by its first event, with or without the event line', () => {
    expect(detect({ event: 'response.created', data: '{"type":"response.created","response":{}}' })).toBe(true);
    expect(detect({ data: '{"type":"response.created","response":{"id":"resp_1"}}' })).toBe(true);
  });

  it('does not take other formats for it', () => {
    expect(detect({ data: '{"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"hi"}}]}' })).toBe(false);
    expect(detect({ event: 'message_start', data: '{"type":"message_start","message":{}}' })).toBe(false);
    expect(detect({ data: '{"type":"start","messageId":"m1"}' })).toBe(false);
    expect(detect({ data: '{"type":"RUN_STARTED","threadId":"t","runId":"r"}' })).toBe(false);
    expect(detect({ data: '{"candidates":[{"content":{"parts":[{"text":"hi"}]}}]}' })).toBe(false);
  });
});
