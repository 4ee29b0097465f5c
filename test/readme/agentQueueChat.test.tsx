import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockScenario } from '../../src/testing/index';
import { createDeferred } from '../helpers/deferred';
import { setupRealSocketReact } from '../react/setupRealSocketReact';
import { readmeBackendForEachTest } from './startReadmeBackend';
import { QueueChat } from '../../examples/agent/QueueChat';

setupRealSocketReact();
const backend = readmeBackendForEachTest();

/**
 * A backend whose answer to "First" waits for `release` (so the test queues messages while that turn is
 * in flight, however slow the machine) and is then `first`; every other question is answered at once.
 * `asked` is the order questions reached the upstream.
 */
async function start(first: MockScenario) {
  const release = createDeferred();
  const asked: string[] = [];
  const { upstream } = await backend(async (request) => {
    asked.push(request.lastUserText);
    if (request.lastUserText !== 'First') return { tokensPerSecond: 0, text: `Answer to ${request.lastUserText}.` };
    await release.promise;
    return { tokensPerSecond: 0, ...first };
  });
  const user = userEvent.setup();
  render(<QueueChat />);
  const input = screen.getByRole('textbox', { name: 'Message' });
  await user.type(input, 'First{Enter}');
  await waitFor(() => expect(asked).toEqual(['First']));
  for (const text of ['Second', 'Third', 'Fourth']) await user.type(input, `${text}{Enter}`);
  const queue = () => screen.getByRole('list', { name: 'Queued messages' });
  await waitFor(() => expect(queued()).toEqual(['Second', 'Third', 'Fourth']));
  return { upstream, asked, release, user, queue };
}

const queued = () => Array.from(document.querySelectorAll('[data-queue-text]'), (item) => item.textContent);
const assistantStatuses = () => Array.from(document.querySelectorAll('[data-role="assistant"][data-status]'), (row) => row.getAttribute('data-status'));

describe('README Tools and agents: sending while busy (examples/agent/QueueChat.tsx)', () => {
  it('holds messages sent during a turn and sends them in order once it completes; Remove drops one', async () => {
    const { asked, release, user, queue } = await start({ text: 'Answer to First.' });
    await user.click(within(queue()).getByRole('button', { name: 'Remove from queue: Third' }));
    release.resolve();

    await waitFor(() => expect(screen.queryByRole('list', { name: 'Queued messages' })).toBeNull());
    await waitFor(() => expect(assistantStatuses()).toEqual(['complete', 'complete', 'complete']));
    expect(asked).toEqual(['First', 'Second', 'Fourth']);
    expect(document.body.textContent).toMatch(/Answer to First\.[\s\S]*Answer to Second\.[\s\S]*Answer to Fourth\./);
  });

  it('steers: Send now stops the turn in flight and sends that message, the rest follow in order', async () => {
    const { asked, release, user, queue } = await start({ text: 'Answer to First.' });
    await user.click(within(queue()).getByRole('button', { name: 'Send now: Fourth' }));

    await waitFor(() => expect(asked).toEqual(['First', 'Fourth', 'Second', 'Third']));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Queued messages' })).toBeNull());
    release.resolve();
    await waitFor(() => expect(assistantStatuses()).toEqual(['stopped', 'complete', 'complete', 'complete']));
    expect(document.body.textContent).not.toContain('Answer to First.');
  });

  it('pauses the queue when a turn fails, and Send next sends the next message and the rest follow', async () => {
    const { asked, release, user } = await start({ text: 'Half an answer that breaks', fault: { type: 'error-frame', afterTokens: 2 } });
    release.resolve();

    const resume = await screen.findByRole('button', { name: 'Send next queued message' });
    expect(asked).toEqual(['First']);
    expect(screen.getByText('The last answer failed, so the queued messages wait.')).toBeTruthy();
    expect(queued()).toEqual(['Second', 'Third', 'Fourth']);
    await user.click(resume);

    await waitFor(() => expect(asked).toEqual(['First', 'Second', 'Third', 'Fourth']));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Queued messages' })).toBeNull());
    await waitFor(() => expect(assistantStatuses()).toEqual(['error', 'complete', 'complete', 'complete']));
  });
});
