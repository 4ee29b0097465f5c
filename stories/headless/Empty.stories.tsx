import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ChatEmpty } from '../../src/headless/chat/ChatEmpty';
import { ChatSuggestion } from '../../src/headless/chat/ChatSuggestion';
import type { MockScenarioResolver } from '../../src/testing';
import { MockChat } from '../support/MockChat';
import { contentText, waitForAssistant } from '../support/play';

const meta = {
  title: 'Headless/Empty',
  component: ChatEmpty,
  subcomponents: { ChatSuggestion },
  parameters: {
    docs: {
      description: {
        component:
          '`Chat.Empty` renders only while the conversation is empty: the place for a greeting and `Chat.Suggestion` ' +
          'buttons, each of which sends its prompt as the user message.',
      },
    },
  },
} satisfies Meta<typeof ChatEmpty>;
export default meta;
type Story = StoryObj<typeof meta>;

const answer: MockScenarioResolver = ({ lastUserText }) => ({ text: `Happy to help with “${lastUserText}”.`, tokensPerSecond: 200 });

/** A greeting and three suggestions; clicking one sends it and the empty state goes away. */
export const WithSuggestions: Story = {
  render: () => (
    <MockChat
      scenario={answer}
      greeting={
        <>
          <h2>What can I help with?</h2>
          <p>Pick a suggestion or type your own question.</p>
        </>
      }
      suggestions={['Explain server-sent events', 'Write a haiku about tokens', 'Compare fetch and EventSource']}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Write a haiku about tokens' }));
    await waitFor(() => expect(canvas.queryByText('What can I help with?')).toBeNull());
    const row = await waitForAssistant(canvasElement, 'complete');
    await expect(contentText(row)).toBe('Happy to help with “Write a haiku about tokens”.');
  },
};
