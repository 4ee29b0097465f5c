import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createLongThread } from '../support/createLongThread';
import { MockChat } from '../support/MockChat';
import { contentText, lastAssistant, messageRows, waitForAssistant } from '../support/play';
import {
  CODE_ANSWER,
  INVALID_TOOL_CALL,
  LONG_ANSWER,
  MARKDOWN_ANSWER,
  PARALLEL_TOOL_CALLS,
  REASONING_ANSWER,
  REASONING_TEXT,
  SHORT_ANSWER,
} from '../support/sampleAnswers';

/**
 * Whole conversations on the embedded mock backend, one per situation a chat UI must handle. Each
 * story sends its question on load; the mock streams the scenario at the speed shown.
 */
const meta = {
  title: 'Scenarios/Conversation',
  component: MockChat,
  // MockChat is the stories' own harness, not a library component: no docs page for it.
  tags: ['!autodocs'],
} satisfies Meta<typeof MockChat>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing sent yet: the empty state with suggestions. */
export const Idle: Story = {
  args: {
    scenario: { text: 'Hi! Ask me anything.', tokensPerSecond: 100 },
    suggestions: ['What can you do?', 'Tell me a joke'],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Send message' })).toBeDisabled();
    await expect(messageRows(canvasElement, 'assistant')).toHaveLength(0);
  },
};

/** An answer arriving at 20 tokens per second; the log is `aria-busy` until it settles. */
export const Streaming: Story = {
  args: { scenario: { text: LONG_ANSWER, tokensPerSecond: 20 }, autoSend: 'Why stream answers?' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(contentText(lastAssistant(canvasElement)).length).toBeGreaterThan(0));
    await expect(lastAssistant(canvasElement)).toHaveAttribute('data-status', 'streaming');
    await expect(within(canvasElement).getByRole('log')).toHaveAttribute('aria-busy', 'true');
  },
};

/**
 * A link and a code block arrive while the answer is still streaming. The axe check of this story runs
 * mid-stream: the hidden, still-changing content must hold nothing keyboard-focusable.
 */
export const StreamingWithLinksAndCode: Story = {
  args: {
    scenario: {
      text: 'See [the docs](https://example.com/docs) first.\n\n```js\nconst answer = 42;\n```\n\n' + LONG_ANSWER,
      tokensPerSecond: 15,
    },
    autoSend: 'Where are the docs?',
  },
  play: async ({ canvasElement }) => {
    const link = await waitFor(() => within(lastAssistant(canvasElement)).getByText('the docs', { selector: 'a' }), { timeout: 5000 });
    await waitFor(() => expect(lastAssistant(canvasElement).querySelector('button[aria-label="Copy code"]')).not.toBeNull(), { timeout: 5000 });
    await expect(lastAssistant(canvasElement)).toHaveAttribute('data-status', 'streaming');
    await expect(link).toHaveAttribute('tabindex', '-1');
  },
};

/** 200 earlier messages, then a new answer: only the streaming row re-renders per token. */
export const LongThread: Story = {
  args: {
    scenario: { text: SHORT_ANSWER, tokensPerSecond: 120 },
    initialMessages: createLongThread(200),
    autoSend: 'And one more question?',
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(messageRows(canvasElement, 'user')).toHaveLength(101));
    await waitForAssistant(canvasElement, 'complete');
    await expect(messageRows(canvasElement, 'assistant')).toHaveLength(101);
  },
};

/** Rich markdown and fenced code, streamed: blocks are repaired while they grow. */
export const MarkdownAndCode: Story = {
  args: { scenario: { text: `${MARKDOWN_ANSWER}\n\n${CODE_ANSWER}`, tokensPerSecond: 250 }, autoSend: 'Show me markdown and code.' },
  play: async ({ canvasElement }) => {
    const row = await waitForAssistant(canvasElement, 'complete', 8000);
    await expect(row.querySelectorAll('[data-md="code-block"]')).toHaveLength(2);
    await expect(row.querySelector('table')).not.toBeNull();
  },
};

/** Reasoning streams first (open, "Thinking…"), then collapses when the answer starts. */
export const Reasoning: Story = {
  args: { scenario: { reasoning: REASONING_TEXT, text: REASONING_ANSWER, tokensPerSecond: 40 }, autoSend: 'How many r in strawberry?' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Thinking…' }, { timeout: 3000 })).toHaveAttribute('aria-expanded', 'true');
    const row = await waitForAssistant(canvasElement, 'complete');
    await expect(within(row).getByRole('button', { name: 'Reasoning' })).toHaveAttribute('aria-expanded', 'false');
    await expect(contentText(row)).toBe('There are three r letters in "strawberry".');
  },
};

/** Two tool calls in one answer, their arguments streamed and parsed as they arrive. */
export const ParallelToolCalls: Story = {
  args: { scenario: { toolCalls: PARALLEL_TOOL_CALLS, tokensPerSecond: 60 }, autoSend: 'Weather in Paris and Tokyo?' },
  play: async ({ canvasElement }) => {
    const row = await waitForAssistant(canvasElement, 'complete');
    const calls = row.querySelectorAll('.sb-tool');
    await expect(calls).toHaveLength(2);
    for (const call of calls) await expect(call).toHaveAttribute('data-state', 'ready');
    await expect(calls[1]).toHaveTextContent('"city": "Tokyo"');
  },
};

/** The model's final arguments are not JSON: the call is `invalid` and keeps the raw text. */
export const InvalidToolArguments: Story = {
  args: { scenario: { toolCalls: [INVALID_TOOL_CALL], tokensPerSecond: 80 }, autoSend: 'Find me a flight to Tokyo.' },
  play: async ({ canvasElement }) => {
    const row = await waitForAssistant(canvasElement, 'complete');
    await expect(row.querySelector('.sb-tool')).toHaveAttribute('data-state', 'invalid');
    await expect(row.querySelector('.sb-tool pre')).toHaveTextContent('"date": "2025-05-01"');
  },
};

/** The model refuses, through `delta.refusal`. */
export const Refusal: Story = {
  args: { scenario: { refusal: 'I’m sorry, but I can’t help with that.', tokensPerSecond: 60 }, autoSend: 'Help me pick a lock.' },
  play: async ({ canvasElement }) => {
    const row = await waitForAssistant(canvasElement, 'complete');
    await expect(row.querySelector('.sb-refusal')).toHaveTextContent('I’m sorry, but I can’t help with that.');
  },
};

/** The user stopped a slow answer: the partial text stays, marked "Stopped". */
export const Stopped: Story = {
  args: { scenario: { text: LONG_ANSWER, tokensPerSecond: 15 }, autoSend: 'Tell me everything about streaming.' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(contentText(lastAssistant(canvasElement)).split(' ').length).toBeGreaterThan(5), { timeout: 4000 });
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Stop generating' }));
    const row = await waitForAssistant(canvasElement, 'stopped');
    await expect(LONG_ANSWER.startsWith(contentText(row))).toBe(true);
    await expect(contentText(row).length).toBeLessThan(LONG_ANSWER.length);
  },
};
