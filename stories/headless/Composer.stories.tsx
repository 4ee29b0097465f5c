import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import { Chat, Composer } from '../../src/headless';
import { useComposer } from '../../src/headless/composer/composerContext';
import { ComposerInput } from '../../src/headless/composer/ComposerInput';
import { ComposerRoot } from '../../src/headless/composer/ComposerRoot';
import { ComposerStop } from '../../src/headless/composer/ComposerStop';
import { ComposerSubmit } from '../../src/headless/composer/ComposerSubmit';
import { ComposerAttachButton } from '../../src/headless/composer/ComposerAttachButton';
import { ComposerAttachments } from '../../src/headless/composer/ComposerAttachments';
import type { MockScenarioResolver } from '../../src/testing';
import { MockChat } from '../support/MockChat';
import { useMockChat } from '../support/useMockChat';
import { contentText, messageRows, sendMessage, waitForAssistant } from '../support/play';
import { LONG_ANSWER } from '../support/sampleAnswers';

const meta = {
  title: 'Headless/Composer',
  component: ComposerRoot,
  subcomponents: { ComposerInput, ComposerSubmit, ComposerStop, ComposerAttachButton, ComposerAttachments },
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

function AttachingComposer() {
  // Tight limits so the story can show both refusals: PNG only, up to 1 KB.
  const chat = useMockChat({ scenario: echo, options: { attachments: { 'image/png': 1024 } } });
  return (
    <Chat.Root store={chat.store}>
      <Chat.Messages />
      <Composer.Root data-testid="composer">
        <Composer.Attachments />
        <Composer.Input />
        <Composer.AttachButton />
        <Composer.Submit />
      </Composer.Root>
    </Chat.Root>
  );
}

const png = (name: string, bytes = 8) => new File([new Uint8Array(bytes)], name, { type: 'image/png' });
const files = (list: File[]) => {
  const transfer = new DataTransfer();
  list.forEach((file) => transfer.items.add(file));
  return transfer;
};
// Real events with a real DataTransfer, as the browser fires them (Testing Library's copy loses the files).
const paste = (target: Element, list: File[]) =>
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: files(list), bubbles: true, cancelable: true }));
const drag = (target: Element, type: 'dragenter' | 'drop', list: File[]) =>
  target.dispatchEvent(new DragEvent(type, { dataTransfer: files(list), bubbles: true, cancelable: true }));

/**
 * Files by paste, drop and the Attach button: a PNG shows as a thumbnail with a remove button, a
 * file over the limit and a file of the wrong type are refused at once with an alert, and Send sends
 * the text with the accepted file.
 */
export const Attachments: Story = {
  render: () => <AttachingComposer />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Message' });
    const root = canvas.getByTestId('composer');
    await expect(canvas.getByRole('button', { name: 'Attach files' })).toHaveAttribute('type', 'button');
    paste(input, [png('pasted.png')]);
    await canvas.findByRole('img', { name: 'pasted.png' });
    drag(root, 'dragenter', [png('dropped.png')]);
    await waitFor(() => expect(root).toHaveAttribute('data-dragging'));
    await expect(canvas.getByRole('status')).toHaveTextContent('Drop files to attach them');
    drag(root, 'drop', [png('dropped.png')]);
    await canvas.findByRole('img', { name: 'dropped.png' });
    await expect(root).not.toHaveAttribute('data-dragging');
    const picker = canvasElement.querySelector('input[type=file]') as HTMLInputElement;
    await expect(picker).toHaveAttribute('accept', 'image/png');
    await fireEvent.change(picker, { target: { files: files([png('huge.png', 4096), new File(['x'], 'notes.txt', { type: 'text/plain' })]).files } });
    const alerts = await canvas.findAllByRole('alert');
    await expect(alerts.map((alert) => alert.textContent).join(' ')).toMatch(/"huge\.png" is 4 KB.*"notes\.txt" \(text\/plain\)/);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove dropped.png' }));
    await expect(input).toHaveFocus();
    await userEvent.type(input, 'What is in the picture?{Enter}');
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-role="user"]')).toHaveLength(1));
    await expect(canvas.queryByRole('list', { name: 'Attachments' })).toBeNull();
    await waitFor(() => expect(canvasElement.querySelector('[data-role="assistant"]')).toHaveAttribute('data-status', 'complete'), {
      timeout: 4000,
    });
    const question = canvasElement.querySelector<HTMLElement>('[data-role="user"]')!;
    await expect(question).toHaveTextContent('What is in the picture?');
    // The pasted file went with the text; the removed one did not.
    await expect(within(question).getByRole('img', { name: 'pasted.png' })).toBeInTheDocument();
    await expect(within(question).queryByRole('img', { name: 'dropped.png' })).toBeNull();
  },
};
