/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { LAB_PROTOCOL_NAMES } from './support/labProtocols';
import { sendMessage, waitForAssistant } from './support/play';
import { StreamLab } from './support/StreamLab';

/**
 * Shape the mock stream with the controls: the wire format (the chat's protocol and the mock's format
 * together), token rate, jitter, network chunk size, a delay before the first byte, and a fault after
 * N tokens. The chat makes a new mock fetch whenever a control
 * changes and keeps the conversation, so you can send again and compare; the panel shows the numbers
 * of the last answer.
 */
const meta = {
  title: 'Stream lab',
  component: StreamLab,
  tags: ['!autodocs'],
  args: {
    protocol: 'openai-chat',
    answer: 'markdown',
    tokensPerSecond: 40,
    jitter: 0.3,
    chunkSize: 0,
    firstTokenDelayMs: 300,
    fault: 'none',
    faultAfterTokens: 20,
    httpStatus: 503,
    idleTimeoutMs: 5000,
    autoRetry: true,
  },
  argTypes: {
    protocol: { control: 'select', options: LAB_PROTOCOL_NAMES, description: 'The wire format: the chat decodes what the mock writes in it.' },
    answer: { control: 'select', options: ['plain', 'markdown', 'code', 'reasoning', 'tool-calls', 'agent'], description: '`agent`: a tool call the page runs, then the answer, in one message.' },
    tokensPerSecond: { control: { type: 'range', min: 0, max: 400, step: 1 }, description: 'Content tokens per second; 0 = as fast as possible.' },
    jitter: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    chunkSize: { control: { type: 'range', min: 0, max: 512, step: 1 }, description: 'Bytes per network chunk; 0 = one chunk per SSE frame. Small values split frames and UTF-8 characters.' },
    firstTokenDelayMs: { control: { type: 'range', min: 0, max: 5000, step: 50 } },
    fault: { control: 'select', options: ['none', 'http', 'error-frame', 'malformed-frame', 'drop', 'stall', 'no-done'] },
    faultAfterTokens: { control: { type: 'range', min: 0, max: 200, step: 1 }, if: { arg: 'fault', neq: 'http' } },
    httpStatus: { control: 'select', options: [400, 401, 403, 404, 429, 500, 503], if: { arg: 'fault', eq: 'http' } },
    idleTimeoutMs: { control: { type: 'range', min: 500, max: 60000, step: 500 } },
    autoRetry: { control: 'boolean' },
  },
} satisfies Meta<typeof StreamLab>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The lab with a realistic stream: 40 tokens per second, some jitter, 300 ms to the first byte. */
export const Lab: Story = {
  play: async () => {
    // The control offers every protocol folder: a protocol added without its line in labProtocols fails here.
    const folders = Object.keys(import.meta.glob('../src/protocols/*/index.ts')).map((path) => path.split('/').at(-2));
    await expect([...LAB_PROTOCOL_NAMES].sort()).toEqual(folders.sort());
  },
};

/**
 * A preset: 5-byte network chunks (every SSE frame split across many reads) and a connection that
 * drops after 10 tokens. The client reassembles what arrived, keeps it, and reports the drop.
 */
export const TinyChunksThenDrop: Story = {
  args: { answer: 'plain', tokensPerSecond: 200, jitter: 0, chunkSize: 5, firstTokenDelayMs: 0, fault: 'drop', faultAfterTokens: 10 },
  play: async ({ canvasElement }) => {
    await sendMessage(canvasElement, 'Split everything into tiny chunks.');
    const row = await waitForAssistant(canvasElement, 'error');
    await expect(row.querySelector('.sb-error')).toHaveAttribute('data-code', 'network');
    await expect(row.querySelector('[data-format]')).toHaveTextContent(/^Streaming lets a reader/);
    const stats = within(canvasElement).getByRole('region', { name: 'Last answer' });
    await waitFor(() => expect(stats.querySelector('[data-stat="Error"]')).toHaveTextContent(/^network:/));
    await expect(stats.querySelector('[data-stat="Requests sent"]')).toHaveTextContent('1');
  },
};

/**
 * A preset in another wire format: the mock writes Anthropic Messages events (a thinking block, then a
 * text block, `message_delta` with the stop reason) and the chat decodes them with `anthropicProtocol`.
 */
export const AnthropicReasoning: Story = {
  args: { protocol: 'anthropic', answer: 'reasoning', tokensPerSecond: 0, jitter: 0, firstTokenDelayMs: 0 },
  play: async ({ canvasElement }) => {
    await sendMessage(canvasElement, 'How many r in strawberry?');
    const row = await waitForAssistant(canvasElement, 'complete');
    await expect(row.querySelector('.sb-reasoning')).not.toBeNull();
    await expect(row.querySelector('[data-format]')).toHaveTextContent('There are three r letters in "strawberry".');
    const stats = within(canvasElement).getByRole('region', { name: 'Last answer' });
    await waitFor(() => expect(stats.querySelector('[data-stat="Finish reason"]')).toHaveTextContent('end_turn'));
  },
};

/** Gemini's format: two function calls in whole `functionCall` parts, CRLF line ends and no terminator. */
export const GeminiToolCalls: Story = {
  args: { protocol: 'gemini', answer: 'tool-calls', tokensPerSecond: 0, jitter: 0, firstTokenDelayMs: 0 },
  play: async ({ canvasElement }) => {
    await sendMessage(canvasElement, 'Weather in Paris and Tokyo?');
    const row = await waitForAssistant(canvasElement, 'complete');
    const calls = Array.from(row.querySelectorAll('.sb-tool'));
    await expect(calls.map((call) => call.getAttribute('data-state'))).toEqual(['ready', 'ready']);
    await expect(calls[1]).toHaveTextContent('"city": "Tokyo"');
  },
};

/**
 * An agent turn: the mock calls `get_weather`, the page runs it (a `tools` entry with `execute`), and the
 * next request carries the result, so the answer follows in the same message after a step boundary.
 */
export const AgentTurn: Story = {
  args: { protocol: 'ai-sdk-ui', answer: 'agent', tokensPerSecond: 0, jitter: 0, firstTokenDelayMs: 0 },
  play: async ({ canvasElement }) => {
    await sendMessage(canvasElement, 'Should I go outside today?');
    const row = await waitForAssistant(canvasElement, 'complete');
    const parts = Array.from(row.querySelector('[data-count]')!.children, (child) => child.getAttribute('data-part'));
    await expect(parts).toEqual(['reasoning', 'tool-call', 'step-start', 'text']);
    await expect(row.querySelector('.sb-tool')).toHaveTextContent('"temperature": 24');
    await expect(row.querySelector('[data-format]')).toHaveTextContent('It is sunny and 24 °C in Lisbon');
    const stats = within(canvasElement).getByRole('region', { name: 'Last answer' });
    await expect(stats.querySelector('[data-stat="Requests sent"]')).toHaveTextContent('2');
  },
};
