import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createChatStore } from '../../src/store/createChatStore';
import { ChatWindow } from '../../src/styled';
import { createMockChatFetch } from '../../src/testing';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const root = () => document.querySelector<HTMLElement>('.rcs-chat')!;

/** Waits until `selector` matches, then returns the element. */
const findElement = (selector: string) =>
  waitFor(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`No ${selector} yet`);
    return element;
  });

describe('ChatWindow while streaming', () => {
  it('shows the typing dots, then markdown as it streams, Stop while busy, and actions once done', async () => {
    const { store, server } = createPushableChat();
    render(<ChatWindow store={store} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello{Enter}');
    await waitFor(() => expect(server.responses).toHaveLength(1));
    const userMessage = screen.getByText('Hello').closest('.rcs-message')!;
    expect(userMessage.getAttribute('data-role')).toBe('user');
    expect(userMessage.querySelector('.rcs-message__bubble')).toBeTruthy();

    const assistant = () => document.querySelector<HTMLElement>('.rcs-message[data-role="assistant"]')!;
    await waitFor(() => expect(assistant()).toBeTruthy());
    expect(assistant().getAttribute('data-status')).toBe('streaming');
    const dots = assistant().querySelector('.rcs-typing')!;
    expect(dots.getAttribute('aria-hidden')).toBe('true');
    expect(dots.querySelectorAll('.rcs-typing__dot')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Stop generating' }).className).toContain('rcs-composer__stop');
    expect(document.querySelector('.rcs-composer')?.hasAttribute('data-busy')).toBe(true);
    // Mid-stream there is nothing to act on yet, so the footer is absent.
    expect(assistant().querySelector('.rcs-footer')).toBeNull();

    act(() => server.last().text('Hi **there**'));
    await waitFor(() => expect(assistant().querySelector('strong')?.textContent).toBe('there'));
    expect(assistant().querySelector('.rcs-typing')).toBeNull();
    const content = assistant().querySelector('.rcs-content')!;
    expect(content.getAttribute('data-format')).toBe('markdown');
    expect(content.hasAttribute('data-streaming')).toBe(true);

    act(() => server.last().finish());
    await waitFor(() => expect(assistant().getAttribute('data-status')).toBe('complete'));
    expect(screen.queryByRole('button', { name: 'Stop generating' })).toBeNull();
    const actions = within(assistant()).getByRole('group', { name: 'Message actions' });
    expect(within(actions).getByRole('button', { name: 'Copy message' }).className).toBe('rcs-action');
    expect(within(actions).getByRole('button', { name: 'Regenerate response' })).toBeTruthy();
    expect(within(actions).queryByRole('button', { name: 'Edit message' })).toBeNull();
    expect(within(userMessage as HTMLElement).getByRole('button', { name: 'Edit message' })).toBeTruthy();
  });

  it('stops the answer with Stop and keeps its partial text', async () => {
    const { store, server } = createPushableChat();
    render(<ChatWindow store={store} />);
    act(() => void store.send('Go'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('Partial'));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Stop generating' }));
    const assistant = document.querySelector('.rcs-message[data-role="assistant"]')!;
    await waitFor(() => expect(assistant.getAttribute('data-status')).toBe('stopped'));
    expect(assistant.querySelector('.rcs-content')?.textContent).toBe('Partial');
  });

  it('edits a user message in the styled editor and answers the new text', async () => {
    const { store, server } = createPushableChat({
      initialMessages: [
        { role: 'user', parts: [{ type: 'text', text: 'Old question' }] },
        { role: 'assistant', parts: [{ type: 'text', text: 'Old answer' }] },
      ],
    });
    render(<ChatWindow store={store} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit message' }));
    const editor = document.querySelector('.rcs-editor')!;
    expect(editor.tagName).toBe('FORM');
    const box = within(editor as HTMLElement).getByRole('textbox', { name: 'Edit message' });
    await user.clear(box);
    await user.type(box, 'New question{Enter}');
    await waitFor(() => expect(server.responses).toHaveLength(1));
    expect(server.last().body.messages).toEqual([{ role: 'user', content: 'New question' }]);
  });

  it('renders usage and timing under an answer from the mock server', async () => {
    const fetch = createMockChatFetch({ text: 'Four.', usage: { promptTokens: 12, completionTokens: 30 } }, { defaults: { tokensPerSecond: Infinity } });
    const store = createChatStore({ api: 'http://test/v1/chat/completions', fetch, throttle: 'sync' });
    render(<ChatWindow store={store} />);
    await act(() => store.send('2+2?'));
    const stats = await findElement('.rcs-stats');
    const tokens = stats.querySelector('[data-stat="tokens"]')!;
    expect(tokens.textContent).toBe('Tokens42');
    expect(tokens.getAttribute('title')).toBe('12 in · 30 out');
    expect(stats.querySelector('[data-stat="first-token"] dd')?.textContent).toMatch(/^\d+ ms$|^\d+\.\d+ s$/);
  });
});

describe('ChatWindow errors', () => {
  it('shows an error banner whose Retry sends a new request, and clears it on success', async () => {
    const { store, server } = createPushableChat();
    render(<ChatWindow store={store} />);
    act(() => void store.send('Question'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('Half an ans'));
    act(() => server.last().cut());
    const banner = await findElement('.rcs-error');
    expect(root().getAttribute('data-status')).toBe('error');
    expect(banner.getAttribute('data-code')).toBe('incomplete');
    expect(banner.querySelector('.rcs-error__title')?.textContent).toBe('The answer was cut off');

    await userEvent.setup().click(within(banner).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(server.responses).toHaveLength(2));
    expect(server.last().body.messages).toEqual([{ role: 'user', content: 'Question' }]);
    act(() => server.last().text('Full answer'));
    act(() => server.last().finish());
    await waitFor(() => expect(document.querySelector('.rcs-error')).toBeNull());
    expect(document.querySelector('.rcs-message[data-role="assistant"] .rcs-content')?.textContent).toBe('Full answer');
  });

  it('names an HTTP failure by its status and shows the server message', async () => {
    const fetch = createMockChatFetch({ fault: { type: 'http', status: 429, message: 'Slow down, please.' } });
    const store = createChatStore({ api: 'http://test/v1/chat/completions', fetch, throttle: 'sync', retry: false });
    render(<ChatWindow store={store} />);
    await act(() => store.send('Hi'));
    const banner = await findElement('.rcs-error');
    expect(banner.querySelector('.rcs-error__title')?.textContent).toBe('Too many requests (HTTP 429)');
    expect(banner.querySelector('.rcs-error__message')?.textContent).toContain('Slow down, please.');
  });
});

