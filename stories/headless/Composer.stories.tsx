import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ComposerInput, ComposerRoot, ComposerStop, ComposerSubmit } from '../../src/headless';
import type { MockScenarioResolver } from '../../src/testing';
import { MockChat } from '../support/MockChat';
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
