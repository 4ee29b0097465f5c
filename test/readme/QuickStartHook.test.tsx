import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Chat } from '../../examples/vite/src/Chat';
import { setupRealSocketReact } from '../react/setupRealSocketReact';
import { readmeBackendForEachTest, slowAnswer } from './startReadmeBackend';

setupRealSocketReact();
const backend = readmeBackendForEachTest();

const rows = () => [...document.querySelectorAll('p[data-status]')].map((p) => `${p.getAttribute('data-status')} ${p.textContent}`);

describe('README quick start: the hook with your own markup (examples/vite/src/Chat.tsx)', () => {
  it('stops the answer without submitting the form: one upstream request, the socket closed, the new draft kept', async () => {
    const { upstream } = await backend(() => ({ text: slowAnswer, tokensPerSecond: 30 }));
    const user = userEvent.setup();
    render(<Chat />);

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(rows()[1]).toMatch(/^streaming assistant: Streaming is/));
    // The next question, typed while the answer streams, must survive the click on Stop.
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'And then?');
    // jsdom runs no microtasks between a click's listeners and its default action, so React's re-render
    // cannot turn Stop into Send mid-click here as it does in a browser (scripts/examples.mjs sees that
    // in Chromium); the node checks below catch the cause instead.
    const stop = screen.getByRole('button', { name: 'Stop' });
    await user.click(stop);

    expect(await upstream.requests[0]!.closed).toBe('client-closed');
    await waitFor(() => expect(rows()[1]).toMatch(/^stopped assistant: Streaming is/));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('value', 'And then?');
    // What a browser does: the click's default action reads the clicked node after React re-rendered.
    // Reused as Send, it would submit the form; the clicked Stop must stay a type="button" of its own.
    expect(stop.getAttribute('type')).toBe('button');
    expect(screen.getByRole('button', { name: 'Send' })).not.toBe(stop);

    // Sending now makes the second request; a form submitted by Stop would have made one before it.
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(upstream.requests).toHaveLength(2);
    expect(upstream.requests[1]!.messages.at(-1)).toEqual({ role: 'user', content: 'And then?' });
  });

  it('sends nothing on a blank Enter: no message, no request, Send stays', async () => {
    const { upstream } = await backend(() => ({ text: 'The answer.', tokensPerSecond: 0 }));
    const user = userEvent.setup();
    render(<Chat />);

    await user.type(screen.getByRole('textbox', { name: 'Message' }), '   {Enter}');
    expect(rows()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    await waitFor(() => expect(rows()).toEqual(['complete user: Hi', 'complete assistant: The answer.']));
    expect(upstream.requests.map((request) => request.lastUserText)).toEqual(['Hi']);
  });

  it('shows Retry after a dropped answer and re-runs the turn in its place', async () => {
    let calls = 0;
    const { upstream } = await backend(() =>
      calls++ === 0 ? { text: 'Half an answer that breaks', tokensPerSecond: 0, fault: { type: 'drop', afterTokens: 2 } } : { text: 'The whole answer.', tokensPerSecond: 0 },
    );
    const user = userEvent.setup();
    render(<Chat />);

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    await user.click(await screen.findByRole('button', { name: /^Retry/ }));

    await waitFor(() => expect(rows()).toEqual(['complete user: Hi', 'complete assistant: The whole answer.']));
    expect(upstream.requests).toHaveLength(2);
    expect(upstream.requests[1]!.messages.at(-1)).toEqual({ role: 'user', content: 'Hi' });
    expect(screen.queryByRole('button', { name: /^Retry/ })).toBeNull();
  });
});
