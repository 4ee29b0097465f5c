import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Assistant } from '../../examples/nextjs/app/Assistant';
import Home from '../../examples/nextjs/app/page';
import { setupRealSocketReact } from '../react/setupRealSocketReact';
import { readmeBackendForEachTest, slowAnswer } from './startReadmeBackend';

setupRealSocketReact();
const backend = readmeBackendForEachTest();

const assistant = () => document.querySelector<HTMLElement>('[data-role="assistant"]');

describe('README quick start and Next.js: ChatWindow (examples/nextjs/app/Assistant.tsx, page.tsx)', () => {
  it('sends a suggestion from the page, streams, and stops with the upstream socket closed', async () => {
    const { upstream } = await backend(() => ({ text: slowAnswer, tokensPerSecond: 30 }));
    const user = userEvent.setup();
    render(<Home />);

    await user.click(screen.getByRole('button', { name: 'What can you do?' }));
    await waitFor(() => expect(assistant()?.textContent).toMatch(/Streaming is under way/));
    await user.click(screen.getByRole('button', { name: 'Stop generating' }));

    expect(await upstream.requests[0]!.closed).toBe('client-closed');
    await waitFor(() => expect(assistant()?.getAttribute('data-status')).toBe('stopped'));
    expect(upstream.requests.map((request) => request.lastUserText)).toEqual(['What can you do?']);
  });

  it('types and sends, then retries a dropped answer in place', async () => {
    let calls = 0;
    const { upstream } = await backend(() =>
      calls++ === 0 ? { text: 'Half an answer that breaks', tokensPerSecond: 0, fault: { type: 'drop', afterTokens: 2 } } : { text: 'The whole answer.', tokensPerSecond: 0 },
    );
    const user = userEvent.setup();
    render(<Assistant />);

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Retry' }));

    await waitFor(() => expect(assistant()?.getAttribute('data-status')).toBe('complete'));
    expect(assistant()!.textContent).toContain('The whole answer.');
    expect(upstream.requests.map((request) => request.lastUserText)).toEqual(['Hi', 'Hi']);
  });
});
