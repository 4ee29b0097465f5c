import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HeadlessChat } from '../../examples/vite/src/HeadlessChat';
import { setupRealSocketReact } from '../react/setupRealSocketReact';
import { readmeBackendForEachTest, slowAnswer } from './startReadmeBackend';

setupRealSocketReact();
const backend = readmeBackendForEachTest();

const assistant = () => document.querySelector<HTMLElement>('.assistant');

describe('README Vite + Express: the headless parts (examples/vite/src/HeadlessChat.tsx)', () => {
  it('streams into a row, and Stop keeps the partial answer and closes the upstream socket', async () => {
    const { upstream } = await backend(() => ({ text: slowAnswer, tokensPerSecond: 30 }));
    const user = userEvent.setup();
    render(<HeadlessChat />);

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    await waitFor(() => expect(assistant()?.textContent).toMatch(/Streaming is under way/));
    await user.click(screen.getByRole('button', { name: 'Stop generating' }));

    expect(await upstream.requests[0]!.closed).toBe('client-closed');
    await waitFor(() => expect(assistant()?.getAttribute('data-status')).toBe('stopped'));
    expect(assistant()!.textContent).not.toContain('The end.');
    expect(upstream.requests).toHaveLength(1);
  });

  it('shows the error with Retry after a dropped answer, and Retry answers in its place', async () => {
    let calls = 0;
    const { upstream } = await backend(() =>
      calls++ === 0 ? { text: 'Half an answer that breaks', tokensPerSecond: 0, fault: { type: 'drop', afterTokens: 2 } } : { text: 'The whole answer.', tokensPerSecond: 0 },
    );
    const user = userEvent.setup();
    render(<HeadlessChat />);

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    await waitFor(() => expect(assistant()?.getAttribute('data-status')).toBe('complete'));
    expect(assistant()!.textContent).toContain('The whole answer.');
    expect(document.querySelectorAll('.assistant')).toHaveLength(1);
    expect(upstream.requests.map((request) => request.lastUserText)).toEqual(['Hi', 'Hi']);
  });
});
