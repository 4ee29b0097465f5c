import { ChatStreamError } from '../../src/sse/ChatStreamError';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';

/** A settled conversation that exercises every part of a styled message. */
export const richConversation: ChatMessageInit[] = [
  { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'What is the weather\nin Paris?' }] },
  {
    id: 'a1',
    role: 'assistant',
    parts: [
      { type: 'reasoning', text: 'The user wants the weather.' },
      {
        type: 'text',
        text: 'Let me **check**.\n\n```json\n{"a": 1}\n```\n\n| City | °C |\n| --- | --: |\n| Paris | 21 |\n\n- [x] done\n- [ ] open\n\n[Docs](https://example.com)',
      },
      { type: 'tool-call', toolCallId: 'call_1', toolName: 'get_weather', argumentsText: '{"city":"Paris"}', args: { city: 'Paris' }, state: 'ready', result: { temperature: 21 } },
      { type: 'tool-call', toolCallId: 'call_2', toolName: 'get_time', argumentsText: '{"tz": Paris', args: {}, state: 'invalid', parseError: 'Unexpected token P' },
    ],
    metadata: {
      usage: { inputTokens: 10, outputTokens: 20, totalTokens: 30 },
      timing: { startedAt: 0, firstTokenAt: 250, endedAt: 1250, tokensPerSecond: 20 },
    },
  },
  { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'Say something rude.' }] },
  { id: 'a2', role: 'assistant', parts: [{ type: 'refusal', text: 'I can’t help with that.' }] },
  { id: 'u3', role: 'user', parts: [{ type: 'text', text: 'Try again' }] },
  {
    id: 'a3',
    role: 'assistant',
    parts: [{ type: 'text', text: 'Partial answ' }],
    status: 'error',
    metadata: { error: new ChatStreamError('network', 'The connection dropped.') },
  },
];

/** A 1×1 transparent PNG, so an image part renders without a network request. */
export const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** One agent turn holding every part type, in the order an agent streams them. */
export const everyPartConversation: ChatMessageInit[] = [
  {
    id: 'u1',
    role: 'user',
    parts: [
      { type: 'text', text: 'Plan my Lisbon weekend; the brief is attached.' },
      { type: 'file', mediaType: 'application/pdf', name: 'brief.pdf', size: 48_213, url: 'https://example.com/brief.pdf' },
    ],
  },
  {
    id: 'a1',
    role: 'assistant',
    parts: [
      { type: 'step-start' },
      { type: 'reasoning', text: 'I need the forecast before suggesting outdoor plans.' },
      { type: 'text', text: 'Let me check the **forecast** first.' },
      {
        type: 'tool-call',
        toolCallId: 'call_w',
        toolName: 'get_weather',
        argumentsText: '{"city":"Lisbon"}',
        args: { city: 'Lisbon' },
        state: 'ready',
        result: { temperature: 24, sky: 'sunny' },
      },
      {
        type: 'tool-call',
        toolCallId: 'call_b',
        toolName: 'book_table',
        argumentsText: '{"guests":2}',
        args: { guests: 2 },
        state: 'ready',
        approval: { state: 'requested', id: 'approval_1' },
      },
      {
        type: 'tool-call',
        toolCallId: 'call_t',
        toolName: 'get_tickets',
        argumentsText: '{"museum":"MAAT"}',
        args: { museum: 'MAAT' },
        state: 'ready',
        result: 'Sold out',
        isError: true,
      },
      { type: 'step-start' },
      { type: 'text', text: 'Sunny and 24 °C: spend Saturday outdoors in Belém.' },
      { type: 'source', sourceType: 'url', id: 's1', url: 'https://weather.example.com/lisbon', title: 'Lisbon forecast' },
      { type: 'source', sourceType: 'document', id: 's2', title: 'Weekend brief', filename: 'brief.pdf', mediaType: 'application/pdf' },
      { type: 'file', mediaType: 'image/png', name: 'map.png', data: TINY_PNG },
      { type: 'data', name: 'weather', id: 'w1', data: { city: 'Lisbon', temperature: 24 } },
    ],
    metadata: { usage: { inputTokens: 120, outputTokens: 80, totalTokens: 200 }, finishReason: 'stop' },
  },
];
