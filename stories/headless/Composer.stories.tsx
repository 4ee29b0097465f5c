import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Chat, Composer } from '../../src/headless';
import { useComposer } from '../../src/headless/composer/composerContext';
import { ComposerInput } from '../../src/headless/composer/ComposerInput';
import { ComposerRoot } from '../../src/headless/composer/ComposerRoot';
import { ComposerStop } from '../../src/headless/composer/ComposerStop';
import { ComposerSubmit } from '../../src/headless/composer/ComposerSubmit';
import type { MockScenarioResolver } from '../../src/testing';
import { MockChat } from '../support/MockChat';
import { useMockChat } from '../support/useMockChat';
import { contentText, messageRows, sendMessage, waitForAssistant } from '../support/play';
import { LONG_ANSWER } from '../support/sampleAnswers';

const meta = {
  title: 'Headless/Composer',
  component: ComposerRoot,
  subcomponents: { ComposerInput, ComposerSubmit, ComposerStop },
  parameters: {
    docs: {
      description: {
        component:
          '`Composer.Root` is a form holding the draft. `Composer.Input` sends on Enter (never while an IME ' +
          'composition is open), adds a line on Shift+Enter and stops the answer on Escape; `Composer.Submit` is ' +
          'disabled while the draft is blank; `Composer.Stop` exists only while a turn is in flight.',
      },
    },
  },
} satisfies Meta<typeof ComposerRoot>;
export default meta;
type Story = StoryObj<typeof meta>;

const echo: MockScenarioResolver = ({ lastUserText }) => ({ text: `Echo: ${lastUserText}`, tokensPerSecond: 200 });

/** Type a message and send it; the answer streams in. */
export const TypeAndSend: Story = {
  render: () => <MockChat scenario={echo} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Send message' })).toBeDisabled();
    await sendMessage(canvasElement, 'Is anybody there?');
    await canvas.findByText('Echo: Is anybody there?', undefined, { timeout: 4000 });
    await waitForAssistant(canvasElement, 'complete');
  },
};

/** Shift+Enter adds a line; Enter sends the whole draft. */
export const MultilineDraft: Story = {
  render: () => <MockChat scenario={echo} />,
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Message' });
    await userEvent.type(input, 'first line{Shift>}{Enter}{/Shift}second line');
    await expect(input).toHaveValue('first line\nsecond line');
    await userEvent.type(input, '{Enter}');
    await waitFor(() => expect(messageRows(canvasElement, 'user')[0]).toHaveTextContent('first line second line'));
    await waitForAssistant(canvasElement, 'complete');
  },
};

/**
 * A slow answer (12 tokens per second). Stop keeps the words that arrived and marks the message
 * stopped; focus goes back to the input.
 */
export const Stop: Story = {
  render: () => <MockChat scenario={{ text: LONG_ANSWER, tokensPerSecond: 12 }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await sendMessage(canvasElement, 'Explain streaming, slowly.');
    // Wait for a few words, then stop well before the end.
    await waitFor(() => expect(contentText(messageRows(canvasElement, 'assistant')[0]!).split(' ').length).toBeGreaterThan(4), {
      timeout: 4000,
    });
    await userEvent.click(canvas.getByRole('button', { name: 'Stop generating' }));
    const row = await waitForAssistant(canvasElement, 'stopped');
    const partial = contentText(row);
    await expect(partial.length).toBeGreaterThan(0);
    await expect(partial.length).toBeLessThan(LONG_ANSWER.length);
    await expect(LONG_ANSWER.startsWith(partial)).toBe(true);
    await expect(within(row).getByText('Stopped')).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Stop generating' })).toBeNull();
    await expect(canvas.getByRole('textbox', { name: 'Message' })).toHaveFocus();
  },
};

/** Stop and Send in one slot, as an app swaps them (`busy ? <Composer.Stop /> : <Composer.Submit />`). */
function StopOrSend() {
  const { busy } = useComposer('StopOrSend');
  return busy ? <Composer.Stop /> : <Composer.Submit />;
}

function SwappedButtons() {
  const chat = useMockChat({ scenario: { text: LONG_ANSWER, tokensPerSecond: 12 } });
  return (
    <Chat.Root store={chat.store}>
      <Chat.Messages />
      <Composer.Root>
        <Composer.Input />
        <StopOrSend />
      </Composer.Root>
    </Chat.Root>
  );
}

/**
 * Stop and Send swapped in one slot, with a next question already typed. The parts are two
 * components, so React never reuses Stop's `<button>` as Send: if it did, the node's `type` would
 * flip to `submit` during the click and the browser would submit the form, sending the draft.
 */
export const StopAndSendInOneSlot: Story = {
  render: () => <SwappedButtons />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(input, 'Explain streaming, slowly.{Enter}');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Stop generating' })).toBeInTheDocument());
    await userEvent.type(input, 'Next question');
    const stop = canvas.getByRole('button', { name: 'Stop generating' });
    await userEvent.click(stop);
    await waitFor(() => expect(canvasElement.querySelector('[data-role="assistant"]')).toHaveAttribute('data-status', 'stopped'));
    // A submit caused by the click would have added the draft as a second question by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(canvasElement.querySelectorAll('[data-role="user"]')).toHaveLength(1);
    await expect(input).toHaveValue('Next question');
    const send = canvas.getByRole('button', { name: 'Send message' });
    await expect(send).toHaveAttribute('type', 'submit');
    // Synthetic clicks are settled before React re-renders, so the node itself is the real check.
    await expect(send).not.toBe(stop);
    await expect(stop).toHaveAttribute('type', 'button');
  },
};
