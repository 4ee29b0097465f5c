import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentType } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useToolCallActions, type MessagePartComponents, type MessagePartProps, type ToolCallPartProps } from '../../src/headless';
import type { DataPart } from '../../src/message';
import {
  ChatWindow,
  StyledComposer,
  StyledErrorBanner,
  StyledMessage,
  StyledMessageParts,
  StyledToolCallCard,
  type ChatWindowOptions,
} from '../../src/styled';
import type { MockScenarioResolver } from '../../src/testing';
import { AGENT_TURN } from '../support/agentTurn';
import { createLongThread } from '../support/createLongThread';
import { contentText, messageRows, sendMessage, waitForAssistant } from '../support/play';
import {
  CODE_ANSWER,
  LONG_ANSWER,
  MARKDOWN_ANSWER,
  OVERVIEW_ANSWER,
  PARALLEL_TOOL_CALLS,
  REASONING_ANSWER,
  REASONING_TEXT,
  SHORT_ANSWER,
} from '../support/sampleAnswers';
import { useMockChat, type MockChatSetup } from '../support/useMockChat';
import '../../src/styled/styles.css';

/** Props of the harness: the mock backend's setup, the window's props, and the height of its box. */
type StyledChatProps = MockChatSetup & ChatWindowOptions & { height?: number };

/** `ChatWindow` on the embedded mock backend, in a box of fixed height (the window fills its parent). */
function StyledChat({ scenario, defaults, initialMessages, autoSend, options, height = 600, ...windowProps }: StyledChatProps) {
  const chat = useMockChat({ scenario, defaults, initialMessages, autoSend, options });
  const dark = windowProps.theme === 'dark';
  return (
    <div style={{ height, maxWidth: 820, padding: dark ? 12 : 0, background: dark ? '#0d1117' : undefined }}>
      <ChatWindow store={chat.store} {...windowProps} />
    </div>
  );
}

const meta = {
  title: 'Styled/ChatWindow',
  // The window's chat comes from the harness, so the args the stories control are its options alone.
  component: ChatWindow as unknown as ComponentType<ChatWindowOptions>,
  subcomponents: { StyledMessage, StyledMessageParts, StyledComposer, StyledToolCallCard, StyledErrorBanner },
  parameters: {
    docs: {
      description: {
        component:
          'The finished look, built only from the headless parts: header, auto-scrolling conversation, every part ' +
          'of a message in order (markdown, reasoning, tool-call cards with results and approvals, files, sources, ' +
          'step dividers), error banner with Retry, usage and timing, actions and composer. Import ' +
          '`react-chat-stream/styles.css` once; theme with `--rcs-*` custom properties and `theme`.',
      },
    },
    layout: 'padded',
  },
  args: { title: 'Assistant' },
  render: (args) => <StyledChat scenario={{ text: SHORT_ANSWER, tokensPerSecond: 150 }} {...args} />,
} satisfies Meta<ChatWindowOptions>;
export default meta;
type Story = StoryObj<typeof meta>;

const answerTo: MockScenarioResolver = ({ lastUserText }) => ({
  text: `Good question: **${lastUserText}**\n\n${MARKDOWN_ANSWER}`,
  tokensPerSecond: 250,
});

const suggestions = ['What can you do?', 'Explain server-sent events', 'Write a haiku about tokens'];

/** The empty state with suggestions. */
export const Empty: Story = {
  args: { suggestions },
  render: (args) => <StyledChat scenario={answerTo} {...args} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('button', { name: /What can you do\?|server-sent|haiku/ })).toHaveLength(3);
  },
};

/** A suggestion sends itself as the user's message, and the empty state gives way to the answer. */
export const SuggestionSends: Story = {
  args: { suggestions },
  render: (args) => <StyledChat scenario={answerTo} {...args} />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Explain server-sent events' }));
    const row = await waitForAssistant(canvasElement, 'complete', 6000);
    await expect(contentText(row)).toMatch(/^Good question: Explain server-sent events/);
  },
};

/** A question typed and sent; the markdown answer streams in. */
export const Conversation: Story = {
  render: (args) => <StyledChat scenario={{ text: OVERVIEW_ANSWER, tokensPerSecond: 200 }} {...args} />,
  play: async ({ canvasElement }) => {
    await sendMessage(canvasElement, 'How do I stream an answer into React?');
    const row = await waitForAssistant(canvasElement, 'complete', 8000);
    await expect(row.querySelectorAll('[data-md="code-block"]')).toHaveLength(1);
  },
};

/** Long markdown with a table, a task list and two code blocks, scrolled as it streams. */
export const RichMarkdown: Story = {
  render: (args) => (
    <StyledChat scenario={{ text: `${MARKDOWN_ANSWER}\n\n${CODE_ANSWER}`, tokensPerSecond: 250 }} autoSend="Show me what you can render." {...args} />
  ),
  play: async ({ canvasElement }) => {
    const row = await waitForAssistant(canvasElement, 'complete', 8000);
    await expect(row.querySelectorAll('[data-md="code-block"]')).toHaveLength(2);
    await expect(row.querySelector('table')).not.toBeNull();
  },
};

/** Mid-answer at 20 tokens per second. */
export const Streaming: Story = {
  render: (args) => <StyledChat scenario={{ text: LONG_ANSWER, tokensPerSecond: 20 }} autoSend="Why stream answers?" {...args} />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(contentText(messageRows(canvasElement, 'assistant')[0]!).length).toBeGreaterThan(0), { timeout: 4000 });
  },
};

/** Reasoning first, then the answer. */
export const Reasoning: Story = {
  render: (args) => (
    <StyledChat scenario={{ reasoning: REASONING_TEXT, text: REASONING_ANSWER, tokensPerSecond: 80 }} autoSend="How many r in strawberry?" {...args} />
  ),
  play: async ({ canvasElement }) => {
    await waitForAssistant(canvasElement, 'complete', 6000);
  },
};

/** Two tool calls as cards; their arguments stream, then read Ready. */
export const ToolCalls: Story = {
  render: (args) => <StyledChat scenario={{ toolCalls: PARALLEL_TOOL_CALLS, tokensPerSecond: 80 }} autoSend="Weather in Paris and Tokyo?" {...args} />,
  play: async ({ canvasElement }) => {
    const row = await waitForAssistant(canvasElement, 'complete', 6000);
    await expect(within(row).getAllByText('Ready')).toHaveLength(2);
  },
};

function createFailOnceResolver(): MockScenarioResolver {
  let requests = 0;
  return () =>
    ++requests === 1
      ? { text: LONG_ANSWER, tokensPerSecond: 150, fault: { type: 'drop', afterTokens: 10 } }
      : { text: SHORT_ANSWER, tokensPerSecond: 150 };
}

function FailOnce(args: ChatWindowOptions) {
  const [scenario] = useState(createFailOnceResolver);
  return <StyledChat scenario={scenario} autoSend="Tell me about streaming." {...args} />;
}

/** The connection drops mid-answer: the banner explains, Retry answers again. */
export const ErrorAndRetry: Story = {
  render: (args) => <FailOnce {...args} />,
  play: async ({ canvasElement }) => {
    const row = await waitForAssistant(canvasElement, 'error', 6000);
    await expect(row).toHaveTextContent('Connection lost');
    await userEvent.click(within(row).getByRole('button', { name: 'Retry' }));
    const answer = await waitForAssistant(canvasElement, 'complete', 6000);
    await expect(contentText(answer)).toBe(SHORT_ANSWER);
  },
};

/** A failed answer left on screen, for the look of the error banner. */
export const Failed: Story = {
  render: (args) => (
    <StyledChat scenario={{ text: LONG_ANSWER, tokensPerSecond: 150, fault: { type: 'drop', afterTokens: 14 } }} autoSend="Tell me about streaming." {...args} />
  ),
  play: async ({ canvasElement }) => {
    await waitForAssistant(canvasElement, 'error', 6000);
  },
};

/** The dark theme (`theme="dark"`), with markdown and code. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => <StyledChat scenario={{ text: OVERVIEW_ANSWER, tokensPerSecond: 250 }} autoSend="How do I stream an answer into React?" {...args} />,
  play: async ({ canvasElement }) => {
    await waitForAssistant(canvasElement, 'complete', 6000);
  },
};

/** 200 earlier messages and a new answer: virtualized (the default), so only rows near the view are mounted. */
export const LongThread: Story = {
  render: (args) => (
    <StyledChat scenario={{ text: SHORT_ANSWER, tokensPerSecond: 150 }} initialMessages={createLongThread(200)} autoSend="One more?" {...args} />
  ),
  play: async ({ canvasElement }) => {
    await waitForAssistant(canvasElement, 'complete', 6000);
    const mounted = messageRows(canvasElement, 'user').length;
    await expect(mounted).toBeGreaterThan(0);
    await expect(mounted).toBeLessThan(30);
    await expect(canvasElement.querySelector('[data-virtualized]')).not.toBeNull();
  },
};

/** The user stopped a slow answer: its text stays, marked "Stopped" so it does not pass for a finished one. */
export const StoppedAnswer: Story = {
  render: (args) => <StyledChat scenario={{ text: LONG_ANSWER, tokensPerSecond: 15 }} autoSend="Tell me everything about streaming." {...args} />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(contentText(messageRows(canvasElement, 'assistant')[0]!).split(' ').length).toBeGreaterThan(5), { timeout: 4000 });
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Stop generating' }));
    const row = await waitForAssistant(canvasElement, 'stopped');
    const marker = within(row).getByText('Stopped');
    await expect(marker).toBeVisible();
    await expect(marker).toHaveAttribute('data-status', 'stopped');
  },
};

/** Module level, so the window keeps one labels object from render to render. */
const germanLabels = {
  chat: 'Unterhaltung',
  composerPlaceholder: 'Nachricht schreiben…',
  emptyTitle: 'Wie kann ich helfen?',
  send: 'Senden',
  sendMessage: 'Nachricht senden',
  stop: 'Anhalten',
  stopGenerating: 'Antwort anhalten',
  copy: 'Kopieren',
  copyMessage: 'Nachricht kopieren',
  copied: 'Kopiert',
  regenerate: 'Neu erzeugen',
  regenerateResponse: 'Antwort neu erzeugen',
  statTokens: 'Tokens gesamt',
};

/** Every word replaced through `labels` (German here); what it does not name keeps its English default. */
export const Labels: Story = {
  // Not virtualized: the play reads the question's row, which a long answer would scroll out of the window.
  args: { title: undefined, labels: germanLabels, virtualize: false },
  render: (args) => <StyledChat scenario={answerTo} {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Unterhaltung' })).toBeVisible();
    await expect(canvas.getByText('Wie kann ich helfen?')).toBeVisible();
    await expect(canvas.getByPlaceholderText('Nachricht schreiben…')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'Hallo');
    await userEvent.click(canvas.getByRole('button', { name: 'Nachricht senden' }));
    await waitForAssistant(canvasElement, 'complete', 6000);
    // The question and the answer each have their copy button.
    const copies = await canvas.findAllByRole('button', { name: 'Nachricht kopieren' });
    await expect(copies).toHaveLength(2);
    await expect(copies[1]).toHaveAttribute('title', 'Kopieren');
    await expect(canvas.getByRole('button', { name: 'Antwort neu erzeugen' })).toBeInTheDocument();
  },
};

/** The app's view of its `weather` data parts: styled messages show data parts only through one. */
function WeatherCard({ part }: MessagePartProps<DataPart>) {
  const { city, temperature, sky } = part.data as { city: string; temperature: number; sky: string };
  return (
    <p data-testid="weather-card" style={{ margin: 0, padding: '8px 12px', borderRadius: 8, background: '#fff4d6', color: '#5c3b00' }}>
      {city}: {temperature} °C, {sky}
    </p>
  );
}

/** Module level, so the window keeps one parts object from render to render. */
const agentParts: MessagePartComponents = { data: { weather: WeatherCard } };

/**
 * One agent turn holding every part type, in the order it streamed: reasoning, text, tool calls (a
 * result, an approval waiting for a person, a tool that failed), a step divider, text with two cited
 * sources, an image, and an app-defined `weather` data part shown through `parts.data.weather`. The
 * question carries a PDF attachment.
 */
export const EveryPart: Story = {
  name: 'Every part type',
  // Not virtualized: the play reads the question's row above a reply taller than the window.
  args: { parts: agentParts, virtualize: false },
  render: (args) => <StyledChat scenario={{ text: SHORT_ANSWER, tokensPerSecond: 150 }} initialMessages={AGENT_TURN} height={900} {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [user, answer] = [messageRows(canvasElement, 'user')[0]!, messageRows(canvasElement, 'assistant')[0]!];
    await expect(within(user).getByRole('link', { name: /lisbon-notes\.pdf/ })).toHaveAttribute('href', 'https://example.com/lisbon-notes.pdf');
    const order = Array.from(answer.querySelector('.rcs-parts')!.children, (child) => child.getAttribute('data-part'));
    await expect(order).toEqual(['reasoning', 'text', 'tool-call', 'tool-call', 'tool-call', 'step-start', 'text', 'source', 'source', 'file', null]);
    const booking = within(answer).getByRole('group', { name: 'book_table' });
    await expect(booking).toHaveTextContent('Awaiting approval');
    await expect(within(booking).getByRole('button', { name: 'Approve book_table' })).toBeVisible();
    await expect(within(answer).getByRole('group', { name: 'buy_tickets' })).toHaveTextContent('ErrorSold out for Saturday');
    await expect(within(answer).getByRole('link', { name: /Lisbon forecast/ })).toHaveAttribute('target', '_blank');
    await expect(within(answer).getByRole('img', { name: 'route.svg' })).toBeVisible();
    await expect(canvas.getByTestId('weather-card')).toHaveTextContent('Lisbon: 24 °C, sunny');
    await userEvent.click(within(answer).getByRole('button', { name: 'Reasoning' }));
    await expect(within(answer).getByText(/Outdoor plans depend on the weather/)).toBeVisible();
  },
};

/** The same agent turn in the dark theme; the story test's axe run checks its contrast in Chromium. */
export const EveryPartDark: Story = {
  name: 'Every part type (dark)',
  args: { parts: agentParts, theme: 'dark', virtualize: false },
  render: (args) => <StyledChat scenario={{ text: SHORT_ANSWER, tokensPerSecond: 150 }} initialMessages={AGENT_TURN} height={900} {...args} />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.rcs-chat')).toHaveAttribute('data-theme', 'dark');
    await expect(canvasElement.querySelectorAll('.rcs-source')).toHaveLength(2);
  },
};

/** The app's own view of `get_weather` calls: a forecast line instead of the tool-call card. */
function ForecastCard({ part }: ToolCallPartProps) {
  const { city, day } = part.args as { city: string; day: string };
  const result = part.result as { temperature: number; sky: string } | undefined;
  return (
    <p data-testid="forecast-card" style={{ margin: 0, padding: '8px 12px', borderRadius: 8, background: '#e3f1ff', color: '#0b3a66' }}>
      {city}, {day}: {result ? `${result.temperature} °C, ${result.sky}` : 'checking…'}
    </p>
  );
}

/** The app's view of `book_table`: its own confirm and decline, answering through `useToolCallActions`. */
function BookingCard({ part }: ToolCallPartProps) {
  const actions = useToolCallActions(part);
  const { restaurant, guests, time } = part.args as { restaurant: string; guests: number; time: string };
  return (
    <div role="group" aria-label={`Booking at ${restaurant}`} style={{ padding: '8px 12px', borderRadius: 8, border: '1px solid #c9c9c9' }}>
      <p style={{ margin: 0 }}>
        Table for {guests} at {restaurant}, {time} — {part.approval?.state ?? 'no approval needed'}
      </p>
      {actions?.awaitingApproval ? (
        <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
          <button type="button" onClick={() => void actions.approve()}>
            Confirm booking
          </button>
          <button type="button" onClick={() => void actions.deny('The user declined the booking.')}>
            Decline
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** Module level, so the window keeps the same components from render to render. */
const agentTools = { get_weather: ForecastCard, book_table: BookingCard };

/**
 * A tool rendered by name: `toolComponents={{ get_weather: ForecastCard, book_table: BookingCard }}`.
 * Those calls show the app's components; `buy_tickets` has none and keeps the styled card. The
 * booking card approves its call through `useToolCallActions(part)`.
 */
export const ToolRenderedByName: Story = {
  name: 'Tool rendered by name',
  args: { toolComponents: agentTools, virtualize: false },
  render: (args) => <StyledChat scenario={{ text: SHORT_ANSWER, tokensPerSecond: 150 }} initialMessages={AGENT_TURN} height={900} {...args} />,
  play: async ({ canvasElement }) => {
    const answer = messageRows(canvasElement, 'assistant')[0]!;
    await expect(within(answer).getByTestId('forecast-card')).toHaveTextContent('Lisbon, Saturday: 24 °C, sunny');
    const cards = Array.from(answer.querySelectorAll('.rcs-tool-call'), (card) => card.getAttribute('data-tool-name'));
    await expect(cards).toEqual(['buy_tickets']);
    const booking = within(answer).getByRole('group', { name: 'Booking at Taberna da Rua' });
    await expect(booking).toHaveTextContent('requested');
    await userEvent.click(within(booking).getByRole('button', { name: 'Confirm booking' }));
    await waitFor(() => expect(booking).toHaveTextContent('approved'));
    await expect(within(booking).queryByRole('button', { name: 'Confirm booking' })).toBeNull();
  },
};
