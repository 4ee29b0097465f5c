import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Action, Message } from '../../src/headless';
import { ActionCopy, ActionEdit, ActionRegenerate, ActionRetry } from '../../src/headless/actions/ActionButtons';
import { MessageActions } from '../../src/headless/message/MessageActions';
import type { MessageComponents } from '../../src/headless';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';
import type { MockScenarioResolver } from '../../src/testing';
import { MockChat } from '../support/MockChat';
import { contentText, lastAssistant, messageRows, waitForAssistant } from '../support/play';

const meta = {
  title: 'Headless/Actions',
  component: MessageActions,
  subcomponents: { ActionCopy, ActionEdit, ActionRegenerate, ActionRetry },
  parameters: {
    docs: {
      description: {
        component:
          '`Message.Actions` groups the `Action.*` buttons of a message. Each button renders only where its action ' +
          'applies: Edit on user messages, Regenerate on assistant answers, Retry on a failed last turn; Copy everywhere. ' +
          'Every row below offers all four, so you see which ones appear.',
      },
    },
  },
} satisfies Meta<typeof MessageActions>;
export default meta;
type Story = StoryObj<typeof meta>;

function Row() {
  return (
    <Message.Root className="sb-message">
      <Message.Content />
      <Message.Editor className="sb-editor" />
      <Message.Error className="sb-error" render={(error) => error?.message} />
      <Message.Actions className="sb-actions">
        <Action.Copy />
        <Action.Edit />
        <Action.Regenerate />
        <Action.Retry />
      </Message.Actions>
    </Message.Root>
  );
}
const rows: MessageComponents = { UserMessage: Row, AssistantMessage: Row };

/** Numbers its answers, so that a story can tell a regenerated answer from the first one. */
function createCountingResolver(): MockScenarioResolver {
  let count = 0;
  return ({ lastUserText }) => ({ text: `Answer #${++count} to “${lastUserText}”.`, tokensPerSecond: 200 });
}

function ActionsChat({ initialMessages }: { initialMessages: ChatMessageInit[] }) {
  const [scenario] = useState(createCountingResolver);
  return <MockChat scenario={scenario} initialMessages={initialMessages} components={rows} />;
}

const thread: ChatMessageInit[] = [
  { role: 'user', parts: [{ type: 'text', text: 'What is a token?' }] },
  { role: 'assistant', parts: [{ type: 'text', text: 'A token is a piece of text, roughly a short word.' }] },
];

/** Copy, Edit and Regenerate on a settled conversation. Regenerate replaces the answer. */
export const Regenerate: Story = {
  render: () => <ActionsChat initialMessages={thread} />,
  play: async ({ canvasElement }) => {
    const answer = within(lastAssistant(canvasElement));
    await expect(answer.queryByRole('button', { name: 'Edit message' })).toBeNull();
    await userEvent.click(answer.getByRole('button', { name: 'Regenerate response' }));
    const row = await waitForAssistant(canvasElement, 'complete');
    await expect(contentText(row)).toBe('Answer #1 to “What is a token?”.');
    await expect(messageRows(canvasElement, 'assistant')).toHaveLength(1);
  },
};

/** Edit opens the user message's editor; saving replaces the question and answers it again. */
export const Edit: Story = {
  render: () => <ActionsChat initialMessages={thread} />,
  play: async ({ canvasElement }) => {
    const question = within(messageRows(canvasElement, 'user')[0]!);
    await userEvent.click(question.getByRole('button', { name: 'Edit message' }));
    const editor = question.getByRole('textbox', { name: 'Edit message' });
    await userEvent.clear(editor);
    await userEvent.type(editor, 'What is a byte?{Enter}');
    await waitFor(() => expect(messageRows(canvasElement, 'user')[0]).toHaveTextContent('What is a byte?'));
    const row = await waitForAssistant(canvasElement, 'complete');
    await expect(contentText(row)).toBe('Answer #1 to “What is a byte?”.');
  },
};

/** Copy writes the message text to the clipboard (stubbed here) and reports `data-state="copied"`. */
export const Copy: Story = {
  render: () => <ActionsChat initialMessages={thread} />,
  play: async ({ canvasElement }) => {
    const writeText = fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      const button = within(lastAssistant(canvasElement)).getByRole('button', { name: 'Copy message' });
      await userEvent.click(button);
      await expect(writeText).toHaveBeenCalledWith('A token is a piece of text, roughly a short word.');
      await waitFor(() => expect(button).toHaveAttribute('data-state', 'copied'));
    } finally {
      // Back to the browser's own clipboard for the other stories.
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  },
};

/** Retry appears only on a failed last turn, and runs it again. */
export const Retry: Story = {
  render: () => (
    <ActionsChat
      initialMessages={[
        thread[0]!,
        { role: 'assistant', parts: [{ type: 'text', text: 'A token is' }], status: 'error', metadata: { error: new ChatStreamError('network', 'Connection lost.') } },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    await userEvent.click(within(lastAssistant(canvasElement)).getByRole('button', { name: 'Retry' }));
    const row = await waitForAssistant(canvasElement, 'complete');
    await expect(contentText(row)).toBe('Answer #1 to “What is a token?”.');
  },
};
