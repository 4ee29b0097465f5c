import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatMessageMetadata } from '../../../src/message';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';
import { AI_SDK_FIXTURES, decodeAiSdkFixture, joinField } from './aiSdkFixtures';

type Expected = Pick<ChatMessage, 'parts' | 'status'> & { metadata: Omit<ChatMessageMetadata, 'timing'> };

const SERVER_ERROR = expect.any(ChatStreamError) as ChatStreamError;
const APPROVAL = 'langgraph-reasoning-tool-approval-request.sse';
const RESUMED = 'langgraph-tool-output-then-text-two-steps.sse';
const THREE = 'langgraph-reasoning-tools-text-three-steps.sse';
const sig = (signature: string) => ({ providerMetadata: { testProvider: { signature } } });

/** Each fixture's final message (timing aside), read off the file. */
const EXPECTED: Record<string, Expected> = {
  'text-only.sse': { parts: [{ type: 'text', text: 'Hello, world!' }], status: 'complete', metadata: { finishReason: 'stop' } },
  'reasoning-then-text.sse': {
    // Ids 4 and 5 overlap: 4's end (signature 0987654321) comes while 5 is open, so 4 keeps its start's signature.
    parts: [
      { type: 'reasoning', text: 'I will open the conversation with witty banter.', providerData: sig('1234567890') },
      { type: 'reasoning', text: '', providerData: { providerMetadata: { testProvider: { redactedData: 'redacted-reasoning-data' } } } },
      { type: 'reasoning', text: ' Once the user has relaxed, I will pry for valuable information.', providerData: sig('1234567890') },
      { type: 'reasoning', text: ' I need to think about this problem carefully.', providerData: sig('1234567890') },
      { type: 'reasoning', text: ' The best solution requires careful consideration of all factors.', providerData: sig('0987654321') },
      { type: 'text', text: 'Hi there!', providerData: sig('0987654321') },
    ],
    status: 'complete',
    metadata: { finishReason: 'stop' },
  },
  'source-url-parts.sse': {
    parts: [
      { type: 'source', sourceType: 'url', id: '123', url: 'https://example.com', title: 'Example' },
      { type: 'text', text: 'Hello!' },
      { type: 'source', sourceType: 'url', id: '456', url: 'https://example.com/2', title: 'Example 2' },
    ],
    status: 'complete',
    metadata: { finishReason: 'stop' },
  },
  'file-parts.sse': {
    parts: [
      { type: 'file', mediaType: 'text/plain', url: 'data:text/plain;base64,Hello World' },
      { type: 'text', text: 'Hello!' },
      { type: 'file', mediaType: 'image/jpeg', url: 'data:image/jpeg;base64,QkFVRw==' },
    ],
    status: 'complete',
    metadata: { finishReason: 'stop' },
  },
  'error-masked-finish-error.sse': { parts: [], status: 'error', metadata: { finishReason: 'error', error: SERVER_ERROR } },
  'error-mid-stream-after-text.test-authored.sse': { parts: [{ type: 'text', text: 'Hello' }], status: 'error', metadata: { error: SERVER_ERROR } },
  'tool-input-streaming-then-output.test-authored.sse': {
    // The streamed input text has one closing brace too many: kept as it came, while the arguments are
    // the input tool-input-available sent, as the server parsed it.
    parts: [
      {
        type: 'tool-call',
        toolCallId: 'tool-call-0',
        toolName: 'test-tool',
        argumentsText: '{"testArg":"test-value"}}',
        args: { testArg: 'test-value' },
        state: 'ready',
        result: 'test-result',
      },
    ],
    status: 'complete',
    metadata: { responseId: 'msg-123' },
  },
  'two-steps-tool-then-text.test-authored.sse': {
    parts: [
      { type: 'tool-call', toolCallId: 'tool-call-id', toolName: 'tool-name', argumentsText: '{"city":"London"}', args: { city: 'London' }, state: 'ready', result: { weather: 'sunny' } },
      { type: 'step-start' },
      { type: 'text', text: 'The weather in London is sunny.' },
    ],
    status: 'complete',
    metadata: { responseId: 'msg-123' },
  },
  'data-part-id-replacement.test-authored.sse': {
    parts: [{ type: 'data', name: 'test', id: 'data-part-id', data: 'or-something-else' }],
    status: 'complete',
    metadata: { responseId: 'msg-123' },
  },
  'data-part-transient.test-authored.sse': { parts: [], status: 'complete', metadata: { responseId: 'msg-123' } },
  [APPROVAL]: {
    parts: [
      { type: 'reasoning', text: joinField(APPROVAL, 'reasoning-delta', 'delta') },
      {
        type: 'tool-call',
        toolCallId: 'call_LOd3dMxgYxmNLWZVWXra9xWQ',
        toolName: 'delete_file',
        argumentsText: '{"filename":"report.pdf"}',
        args: { filename: 'report.pdf' },
        state: 'ready',
        providerData: { dynamic: true },
        approval: { state: 'requested', id: 'call_LOd3dMxgYxmNLWZVWXra9xWQ' },
      },
    ],
    status: 'complete',
    metadata: {},
  },
  [RESUMED]: {
    parts: [
      {
        type: 'tool-call',
        toolCallId: 'call_LOd3dMxgYxmNLWZVWXra9xWQ',
        toolName: 'delete_file',
        argumentsText: '{"filename":"report.pdf"}',
        args: { filename: 'report.pdf' },
        state: 'ready',
        providerData: { dynamic: true },
        result: 'File "report.pdf" has been deleted successfully',
      },
      { type: 'step-start' },
      { type: 'text', text: joinField(RESUMED, 'text-delta', 'delta') },
    ],
    status: 'complete',
    metadata: {},
  },
  [THREE]: {
    parts: [
      { type: 'reasoning', text: joinField(THREE, 'reasoning-delta', 'delta') },
      {
        type: 'tool-call',
        toolCallId: 'call_lxFuvuhpu9gvtx04WrmXZF9h',
        toolName: 'get_weather',
        argumentsText: joinField(THREE, 'tool-input-delta', 'inputTextDelta', 'call_lxFuvuhpu9gvtx04WrmXZF9h'),
        args: { city: 'Tokyo', units: 'celsius' },
        state: 'ready',
        providerData: { dynamic: true },
        result: 'Weather in Tokyo: 20°C, Clear skies',
      },
      {
        type: 'tool-call',
        toolCallId: 'call_U3RijXRN09TXMyKWFZwqWjnJ',
        toolName: 'get_datetime',
        argumentsText: joinField(THREE, 'tool-input-delta', 'inputTextDelta', 'call_U3RijXRN09TXMyKWFZwqWjnJ'),
        args: { timezone: 'Asia/Tokyo', format: 'full' },
        state: 'ready',
        providerData: { dynamic: true },
        result: 'Current date and time in Asia/Tokyo: Wednesday, December 17, 2025 at 04:00:28 AM',
      },
      // The step that only carried the two outputs adds no boundary of its own.
      { type: 'step-start' },
      { type: 'text', text: joinField(THREE, 'text-delta', 'delta') },
    ],
    status: 'complete',
    metadata: {},
  },
};

const ERROR_TEXT: Record<string, string> = {
  'error-masked-finish-error.sse': 'An error occurred.',
  'error-mid-stream-after-text.test-authored.sse': 'stream failed',
};

describe('AI SDK UI fixtures decode to their final messages', () => {
  it('covers every fixture file', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...AI_SDK_FIXTURES]);
  });

  it.each(AI_SDK_FIXTURES)('%s', (name) => {
    const message = decodeAiSdkFixture(name);
    const { timing, ...metadata } = message.metadata ?? {};
    expect({ parts: message.parts, status: message.status, metadata }).toStrictEqual(EXPECTED[name]);
    expect(timing?.startedAt).toBe(0);
    const error = message.metadata?.error;
    if (ERROR_TEXT[name] === undefined) expect(error).toBeUndefined();
    else expect(error).toMatchObject({ code: 'server', message: ERROR_TEXT[name], retryable: true, body: { type: 'error', errorText: ERROR_TEXT[name] } });
  });

  it('sends the transient data part to onData and nowhere else', () => {
    const received: unknown[] = [];
    const message = decodeAiSdkFixture('data-part-transient.test-authored.sse', { onData: (part) => received.push(part) });
    expect(received).toEqual([expect.objectContaining({ name: 'test', data: 'example-data-can-be-anything', transient: true })]);
    expect(message.parts).toEqual([]);
  });

  it('pins the long texts the expectations are computed from', () => {
    expect(joinField(APPROVAL, 'reasoning-delta', 'delta')).toHaveLength(417);
    expect(joinField(THREE, 'text-delta', 'delta')).toMatch(/^Here’s the latest for Tokyo:/);
    expect(joinField(RESUMED, 'text-delta', 'delta')).toMatch(/^The file "report.pdf"/);
  });
});
