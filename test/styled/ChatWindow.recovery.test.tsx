import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getMessageText } from '../../src/message';
import { ChatWindow } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const assistant = () => document.querySelector<HTMLElement>('.rcs-message[data-role="assistant"]')!;

describe('ChatWindow: stopped and failed turns', () => {
  it('marks a stopped answer "Stopped", in the log, so it does not look finished', async () => {
    const { store, server } = createPushableChat();
    render(<ChatWindow store={store} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello{Enter}');
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('A partial ans'));
    await waitFor(() => expect(assistant().querySelector('.rcs-content')?.textContent).toBe('A partial ans'));
    expect(within(assistant()).queryByText('Stopped')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Stop generating' }));
    await waitFor(() => expect(assistant().getAttribute('data-status')).toBe('stopped'));
    const marker = within(assistant()).getByText('Stopped');
    expect(marker.closest('.rcs-status')?.getAttribute('data-status')).toBe('stopped');
    // The marker is added when the answer stops, inside the polite log, which announces additions.
    const log = marker.closest('[role="log"]')!;
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(log.getAttribute('aria-relevant')).toBe('additions');
    expect(assistant().querySelector('.rcs-content')?.textContent).toBe('A partial ans');
  });

  it('shows no marker on a complete answer', async () => {
    const { store } = createPushableChat({
      initialMessages: [
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hi' }] },
        { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Hello!' }], status: 'complete' },
      ],
    });
    render(<ChatWindow store={store} />);
    expect(document.querySelector('.rcs-status')).toBeNull();
  });

  it('after a failure offers one way back: Retry on the failed turn, with the composer left empty', async () => {
    const { store, server } = createPushableChat();
    render(<ChatWindow store={store} />);
    const user = userEvent.setup();
    const input = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    await user.type(input, 'Hello{Enter}');
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().cut());
    await waitFor(() => expect(assistant().getAttribute('data-status')).toBe('error'));
    expect(input.value).toBe('');
    const retry = within(assistant()).getByRole('button', { name: 'Retry' });
    await user.click(retry);
    await waitFor(() => expect(server.responses).toHaveLength(2));
    expect(store.getState().messages.filter((message) => message.role === 'user').map(getMessageText)).toEqual(['Hello']);
  });
});
