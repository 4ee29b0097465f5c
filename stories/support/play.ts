import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ChatMessageStatus } from '../../src/message';

/** The rows of one role, in order: the `Message.Root`s of `ChatLayout` (`sb-`) or of the styled chat (`rcs-`). */
export function messageRows(canvasElement: HTMLElement, role: 'user' | 'assistant'): HTMLElement[] {
  return Array.from(canvasElement.querySelectorAll<HTMLElement>(`:is(.sb-message, .rcs-message)[data-role="${role}"]`));
}

/** The newest assistant row; throws (so `waitFor` retries) while there is none. */
export function lastAssistant(canvasElement: HTMLElement): HTMLElement {
  const row = messageRows(canvasElement, 'assistant').at(-1);
  if (!row) throw new Error('No assistant message yet.');
  return row;
}

/** The text of a row's first text part (`Part.Text` or `Message.Content`), `''` when it has none yet. */
export function contentText(row: HTMLElement): string {
  return row.querySelector('[data-format]')?.textContent?.trim() ?? '';
}

/** Waits until the newest assistant message has `status`, and returns its row. */
export async function waitForAssistant(
  canvasElement: HTMLElement,
  status: ChatMessageStatus,
  timeout = 5000,
): Promise<HTMLElement> {
  return waitFor(
    () => {
      const row = lastAssistant(canvasElement);
      expect(row).toHaveAttribute('data-status', status);
      return row;
    },
    { timeout },
  );
}

/** Types `text` into the composer and clicks Send, as a user would. */
export async function sendMessage(canvasElement: HTMLElement, text: string): Promise<void> {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), text);
  await userEvent.click(canvas.getByRole('button', { name: 'Send message' }));
}
