import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, type ComponentPropsWithoutRef, type ComponentType } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { ChatMessages } from '../../src/headless/chat/ChatMessages';
import type { MockScenarioResolver } from '../../src/testing';
import { ChatLayout } from '../support/ChatLayout';
import { createLongThread } from '../support/createLongThread';
import { useMockChat } from '../support/useMockChat';
import { LONG_ANSWER, CODE_ANSWER } from '../support/sampleAnswers';
import { waitForAssistant } from '../support/play';

const longAnswer: MockScenarioResolver = () => ({ text: `${LONG_ANSWER}\n\n${CODE_ANSWER}\n\n${LONG_ANSWER}`, tokensPerSecond: 120 });

const meta = {
  title: 'Headless/Virtualized',
  component: ChatMessages as unknown as ComponentType<ComponentPropsWithoutRef<'div'>>,
  parameters: {
    docs: {
      description: {
        component:
          '`<Chat.Messages virtualize>` mounts only the rows in and near the view (virtua, loaded on first use), so a ' +
          'thread of 10,000 messages opens and streams like a short one. It keeps the plain list\'s behaviour: it sticks ' +
          'to the bottom while the answer grows, lets go when you scroll up, prepends older pages without moving what you ' +
          'read, and scrolls to a message by id through `handleRef`. Find-in-page sees only mounted rows.',
      },
    },
  },
} satisfies Meta<ComponentPropsWithoutRef<'div'>>;
export default meta;
type Story = StoryObj<typeof meta>;

const viewportOf = (canvasElement: HTMLElement) => within(canvasElement).getByRole('region', { name: 'Conversation' });
const gapBelow = (viewport: HTMLElement) => viewport.scrollHeight - viewport.clientHeight - viewport.scrollTop;
const mountedRows = (canvasElement: HTMLElement) => canvasElement.querySelectorAll('[data-rows] > [data-index]');
const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

function StreamingChat({ count }: { count: number }) {
  const initialMessages = useMemo(() => createLongThread(count, { varied: true }), [count]);
  const chat = useMockChat({ scenario: longAnswer, initialMessages, autoSend: 'Explain streaming, with code.' });
  return <ChatLayout store={chat.store} height={420} messages={{ virtualize: true }} />;
}

/** A long thread with an answer streaming in: the view stays on the growing answer. */
export const StickWhileStreaming: Story = {
  render: () => <StreamingChat count={400} />,
  play: async ({ canvasElement }) => {
    const viewport = viewportOf(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('[data-virtualized]')).not.toBeNull());
    await waitForAssistant(canvasElement, 'streaming');
    for (let check = 0; check < 8; check++) {
      await frames(6);
      await expect(gapBelow(viewport)).toBeLessThanOrEqual(8);
    }
    await waitForAssistant(canvasElement, 'complete', 20_000);
    await frames(3);
    await expect(gapBelow(viewport)).toBeLessThanOrEqual(8);
    await expect(mountedRows(canvasElement).length).toBeLessThan(60);
  },
};
