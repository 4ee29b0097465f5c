import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat } from '../../src/headless';
import { StyledComposer } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';
import { stubAxeCanvas } from './stubAxeCanvas';

afterEach(cleanup);

stubAxeCanvas();

async function queuedChat(labels?: Parameters<typeof Chat.Root>[0]['labels']) {
  const { store, server } = createPushableChat({ whenBusy: 'queue' });
  const view = render(
    <Chat.Root store={store} labels={labels}>
      <StyledComposer />
    </Chat.Root>,
  );
  void store.send('First');
  await waitFor(() => expect(server.responses).toHaveLength(1));
  void store.send('Second');
  void store.send({ text: '', files: [{ type: 'file', mediaType: 'text/plain', name: 'notes.txt', data: 'aGk=' }] });
  await screen.findByRole('list', { name: labels?.queuedMessages ?? 'Queued messages' });
  return { store, server, container: view.container };
}

describe('StyledComposer queue', () => {
  it('shows queued messages above the field as rows with Send now and a remove icon', async () => {
    const { container } = await queuedChat();
    const queue = container.querySelector<HTMLElement>('.rcs-composer > .rcs-queue')!;
    // Above the field: the first child of the form.
    expect(queue.parentElement!.firstElementChild).toBe(queue);
    expect(queue.getAttribute('data-state')).toBe('waiting');
    const rows = within(queue).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.rcs-queue__text')?.textContent)).toEqual(['Second', 'notes.txt']);
    const remove = within(rows[0]!).getByRole('button', { name: 'Remove from queue: Second' });
    expect(remove.className).toBe('rcs-queue__remove');
    expect(remove.getAttribute('title')).toBe('Remove');
    expect(within(rows[1]!).getByRole('button', { name: 'Send now: notes.txt' }).className).toBe('rcs-queue__send-now');
    expect(container.querySelector('.rcs-queue__paused')).toBeNull();
  });

  it('says the queue is paused after a failed turn, with Send next, translated by labels', async () => {
    const labels = { queuedMessages: 'Warteschlange', queuePaused: () => 'Angehalten.', queueResume: 'Weiter', resumeQueue: 'Weiter senden' };
    const { store, server, container } = await queuedChat(labels);
    act(() => server.last().cut());
    await waitFor(() => expect(store.getState().status).toBe('error'));
    const note = container.querySelector<HTMLElement>('.rcs-queue[data-state="paused"] .rcs-queue__paused')!;
    expect(note.getAttribute('role')).toBe('status');
    expect(note.querySelector('.rcs-queue__paused-text')?.textContent).toBe('Angehalten.');
    const resume = within(note).getByRole('button', { name: 'Weiter senden' });
    expect(resume.className).toBe('rcs-queue__resume');
    expect(resume.textContent).toBe('Weiter');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    fireEvent.click(resume);
    await waitFor(() => expect(server.responses).toHaveLength(2));
    expect(container.querySelector('.rcs-queue')?.getAttribute('data-state')).toBe('waiting');
  });
});
