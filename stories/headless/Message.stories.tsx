import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
// The flat part names are not exported by the package (it exports `Message.*`); the stories import the
// component files, which Storybook's docgen reads for the props table.
import { MessageContent } from '../../src/headless/message/MessageContent';
import { MessageError } from '../../src/headless/message/MessageError';
import { MessageParts } from '../../src/headless/message/MessageParts';
import { MessageReasoning } from '../../src/headless/message/MessageReasoning';
import { MessageRefusal } from '../../src/headless/message/MessageRefusal';
import { MessageRoot } from '../../src/headless/message/MessageRoot';
import { MessageStatus } from '../../src/headless/message/MessageStatus';
import { MessageToolCalls } from '../../src/headless/message/MessageToolCalls';
import { createTextMessage } from '../../src/message';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';
import { AGENT_TURN } from '../support/agentTurn';
import { MockChat } from '../support/MockChat';
import { lastAssistant, waitForAssistant } from '../support/play';
import { REASONING_ANSWER, REASONING_TEXT, SHORT_ANSWER } from '../support/sampleAnswers';

const meta = {
  title: 'Headless/Message',
  component: MessageRoot,
  subcomponents: { MessageParts, MessageContent, MessageReasoning, MessageRefusal, MessageStatus, MessageError, MessageToolCalls },
  parameters: {
    docs: {
      description: {
        component:
          'The `Message.*` parts render one message of a `Chat.Messages` row. `Message.Parts` shows every part in the ' +
          'order it streamed through a component per type (`Part.*` by default); `Message.Content`, `Reasoning`, ' +
          '`Refusal` and `ToolCalls` show one kind of part of the whole message; `Status` and `Error` its outcome. ' +
          'The threads below are fixed `initialMessages`; Retry and Regenerate answer from the mock.',
      },
    },
  },
} satisfies Meta<typeof MessageRoot>;
export default meta;
type Story = StoryObj<typeof meta>;

const question = (text: string): ChatMessageInit => createTextMessage('user', text);
const answerAgain = { text: SHORT_ANSWER, tokensPerSecond: 150 };

/** Text parts: a user message (plain text) and an assistant answer (markdown). */
export const Content: Story = {
  render: () => (
    <MockChat
      scenario={answerAgain}
      initialMessages={[
        question('How does *a text part* render?\nLine breaks in user text are kept.'),
        { role: 'assistant', parts: [{ type: 'text', text: 'Assistant text is **markdown**, rendered as it streams; user text is shown as typed.' }] },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const row = lastAssistant(canvasElement);
    await expect(row.querySelector('[data-format="markdown"] strong')).toHaveTextContent('markdown');
    await expect(within(canvasElement).getByText(/How does \*a text part\* render/)).toBeInTheDocument();
  },
};

/** Settled reasoning is collapsed behind its trigger; it opens on click. */
export const Reasoning: Story = {
  render: () => (
    <MockChat
      scenario={answerAgain}
      initialMessages={[question('How many r are in strawberry?'), { role: 'assistant', parts: [{ type: 'reasoning', text: REASONING_TEXT }, { type: 'text', text: REASONING_ANSWER }] }]}
    />
  ),
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Reasoning' });
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(trigger);
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(within(canvasElement).getByText(/Let me spell it/)).toBeVisible();
  },
};

/** A refusal, as OpenAI sends it in `delta.refusal`. */
export const Refusal: Story = {
  render: () => (
    <MockChat
      scenario={answerAgain}
      initialMessages={[
        question('Write me a phishing email.'),
        { role: 'assistant', parts: [{ type: 'refusal', text: 'I’m sorry, but I can’t help with that request.' }] },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(lastAssistant(canvasElement).querySelector('.sb-refusal')).toHaveTextContent('can’t help');
  },
};

/** A failed turn keeps its partial text; `Message.Error` shows why, with a Retry button. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => (
    <MockChat
      scenario={answerAgain}
      initialMessages={[
        question('Tell me about streaming.'),
        {
          role: 'assistant',
          parts: [{ type: 'text', text: 'Streaming lets a reader start on the first sentence while' }],
          status: 'error',
          metadata: { error: new ChatStreamError('network', 'The connection was lost while the answer was streaming.') },
        },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const row = lastAssistant(canvasElement);
    await expect(row.querySelector('[data-code="network"]')).toHaveTextContent('The connection was lost');
    await userEvent.click(within(row).getByRole('button', { name: 'Retry' }));
    await waitForAssistant(canvasElement, 'complete');
  },
};

/** Every status label: stopped and failed messages are marked; complete ones are not. */
export const Status: Story = {
  render: () => (
    <MockChat
      scenario={answerAgain}
      initialMessages={[
        question('First question'),
        { role: 'assistant', parts: [{ type: 'text', text: 'A complete answer.' }] },
        question('Second question'),
        { role: 'assistant', parts: [{ type: 'text', text: 'An answer the user stopped after a few' }], status: 'stopped' },
        question('Third question'),
        { role: 'assistant', parts: [{ type: 'text', text: 'An answer that failed' }], status: 'error', metadata: { error: new ChatStreamError('incomplete', 'The stream ended early.') } },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Stopped')).toHaveAttribute('data-status', 'stopped');
    await expect(canvas.getByText('Failed')).toHaveAttribute('data-status', 'error');
  },
};

/** Tool calls in each state: ready (with a result), and invalid arguments kept as raw text. */
export const ToolCalls: Story = {
  render: () => (
    <MockChat
      scenario={answerAgain}
      initialMessages={[
        question('What is the weather in Paris, and find me a flight.'),
        {
          role: 'assistant',
          metadata: { finishReason: 'tool_calls' },
          parts: [
            {
              type: 'tool-call',
              toolCallId: 'call_weather',
              toolName: 'get_weather',
              argumentsText: '{"city":"Paris"}',
              args: { city: 'Paris' },
              state: 'ready',
              result: { temperature: 18, sky: 'cloudy' },
            },
            {
              type: 'tool-call',
              toolCallId: 'call_flight',
              toolName: 'search_flights',
              argumentsText: '{"from": "CDG", "to": ',
              args: { from: 'CDG' },
              state: 'invalid',
              parseError: 'Unexpected end of JSON input',
            },
          ],
        },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const [ready, invalid] = Array.from(canvasElement.querySelectorAll('.sb-tool'));
    await expect(ready).toHaveAttribute('data-state', 'ready');
    await expect(ready).toHaveTextContent('"sky": "cloudy"');
    await expect(invalid).toHaveAttribute('data-state', 'invalid');
    await expect(invalid).toHaveTextContent('{"from": "CDG", "to":');
  },
};

/**
 * `Message.Parts`: one agent turn in the order it streamed, each part through its default `Part.*` view
 * (tool calls through the layout's own, which wraps `Part.ToolCall`): steps, reasoning, text, tool calls
 * with a result, an approval and an error, sources, an image. The app's `weather` data part has no
 * component here, so it renders nothing.
 */
export const Parts: Story = {
  render: () => <MockChat scenario={answerAgain} initialMessages={AGENT_TURN} height={640} />,
  play: async ({ canvasElement }) => {
    const parts = lastAssistant(canvasElement).querySelector('[data-count]')!;
    await expect(parts).toHaveAttribute('data-count', '12');
    const order = Array.from(parts.children, (child) => child.getAttribute('data-part'));
    await expect(order).toEqual(['step-start', 'reasoning', 'text', 'tool-call', 'tool-call', 'tool-call', 'step-start', 'text', 'source', 'source', 'file']);
    await expect(parts.querySelector('[data-part="file"] img')).toHaveAttribute('alt', 'route.svg');
    await expect(parts.querySelector('[data-part="tool-call"][data-approval="requested"]')).not.toBeNull();
    await expect(parts.querySelector('[data-part="tool-call"][data-error]')).toHaveTextContent('Sold out for Saturday');
  },
};
