import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentPropsWithoutRef, type ComponentType } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Chat, Composer, Message } from '../../src/headless';
import { ChatJumpToLatest } from '../../src/headless/scroll/ChatJumpToLatest';
import { ChatMessages } from '../../src/headless/chat/ChatMessages';
import { ChatRoot } from '../../src/headless/chat/ChatRoot';
import { ChatViewport } from '../../src/headless/scroll/ChatViewport';
import type { RenderMessage } from '../../src/headless';
import { useChatStream } from '../../src/react';
import { createMockChatFetch, type MockScenarioResolver } from '../../src/testing';
import { createLongThread } from '../support/createLongThread';
import { MockChat } from '../support/MockChat';
import { MOCK_API } from '../support/useMockChat';
import { contentText, messageRows, sendMessage, waitForAssistant } from '../support/play';
import { SHORT_ANSWER } from '../support/sampleAnswers';

const echo: MockScenarioResolver = ({ lastUserText }) => ({
  text: `You said “${lastUserText}”. ${SHORT_ANSWER}`,
  tokensPerSecond: 150,
});

const meta = {
  title: 'Headless/Chat',
  // Every story renders its own root with a chat, so no arg is required of the story.
  component: ChatRoot as unknown as ComponentType<ComponentPropsWithoutRef<'div'>>,
  subcomponents: { ChatViewport, ChatMessages, ChatJumpToLatest },
  parameters: {
    docs: {
      description: {
        component:
          '`Chat.Root` shares a chat (what `useChatStream` returns) with the parts below it. `Chat.Viewport` scrolls and ' +
          'sticks to the bottom while answers stream; `Chat.Messages` is the `role="log"` list whose rows each read ' +
          'their own message, so a token re-renders one row. These stories use the embedded mock backend.',
      },
    },
  },
} satisfies Meta<ComponentPropsWithoutRef<'div'>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Root, viewport, messages and composer, on a mock that echoes the question. Type and press Enter. */
export const Basic: Story = {
  render: () => <MockChat scenario={echo} />,
  play: async ({ canvasElement }) => {
    await sendMessage(canvasElement, 'Hello there');
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Hello there')).toBeInTheDocument();
    // The answer streams in token by token; wait for its text, then for the turn to settle.
    await canvas.findByText(/You said “Hello there”/, undefined, { timeout: 4000 });
    const row = await waitForAssistant(canvasElement, 'complete');
    await expect(contentText(row)).toContain(SHORT_ANSWER);
    await expect(canvas.getByRole('textbox', { name: 'Message' })).toHaveValue('');
  },
};

const renderRow: RenderMessage = (id) => (
  <Message.Root messageId={id} style={{ margin: '6px 0' }}>
    <Message.Content render={(text, message) => `${message.role === 'user' ? '>' : '<'} ${text}`} />
  </Message.Root>
);

function CustomRowsChat() {
  const [fetch] = useState(() => createMockChatFetch(echo));
  const chat = useChatStream({
    api: MOCK_API,
    fetch,
    initialMessages: [
      { role: 'user', parts: [{ type: 'text', text: 'Render rows yourself?' }] },
      { role: 'assistant', parts: [{ type: 'text', text: 'Yes: pass a render function to Chat.Messages; each row gets its id.' }] },
    ],
  });
  return (
    <Chat.Root store={chat.store} style={{ maxWidth: 640, fontFamily: 'monospace' }}>
      <Chat.Messages render={renderRow} />
      <Composer.Root>
        <Composer.Input />
        <Composer.Submit />
      </Composer.Root>
    </Chat.Root>
  );
}

/** Rows rendered by a `renderMessage` function instead of per-role components: plain text, one line each. */
export const CustomRows: Story = {
  render: () => <CustomRowsChat />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('log')).toHaveTextContent('> Render rows yourself?');
  },
};

/**
 * A conversation taller than the viewport. Scroll up and `Chat.JumpToLatest` appears; it brings you
 * back to the newest message and sticks there again.
 */
export const JumpToLatest: Story = {
  render: () => <MockChat scenario={echo} initialMessages={createLongThread(40)} height={360} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const viewport = canvas.getByRole('region', { name: 'Conversation' });
    await expect(messageRows(canvasElement, 'user')).toHaveLength(20);
    // A wheel up is the user's intent to read back: the viewport lets go of the bottom.
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, bubbles: true }));
    viewport.scrollTop = 0;
    const jump = await canvas.findByRole('button', { name: 'Jump to latest message' });
    await userEvent.click(jump);
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Jump to latest message' })).toBeNull());
  },
};
