import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockScenarioResolver } from '../../src/testing/index';
import { sendJson } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { setupRealSocketReact } from '../react/setupRealSocketReact';
import { readmeBackendForEachTest } from './startReadmeBackend';
import { FilesChat } from '../../examples/agent/FilesChat';

setupRealSocketReact();
const backend = readmeBackendForEachTest();
const serve = serveForEachTest();

/** A delete of `path`, then an answer quoting what the model got back. */
const deleteTurn =
  (path: string): MockScenarioResolver =>
  (request) => ({
    tokensPerSecond: 0,
    steps: [{ toolCalls: [{ name: 'delete_file', arguments: { path }, id: 'call_del' }] }, { text: `Model saw: ${String(request.toolResults[0]?.content)}` }],
  });

/** The chat backend, and the page's `/api/files` on a server of its own that records each DELETE. */
async function start(path: string) {
  const { upstream } = await backend(deleteTurn(path));
  const deleted: string[] = [];
  const files = await serve((req, res) => {
    deleted.push(`${req.method} ${new URL(req.url!, 'http://x').searchParams.get('path')}`);
    sendJson(res, 200, {});
  });
  const chatFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    typeof input === 'string' && input.startsWith('/api/files') ? chatFetch(files.url + input, init) : chatFetch(input, init),
  );
  const user = userEvent.setup();
  render(<FilesChat />);
  await user.type(screen.getByRole('textbox', { name: 'Message' }), `Delete ${path}{Enter}`);
  return { upstream, deleted, user };
}

const card = () => document.querySelector<HTMLElement>('.delete-card')!;

describe('README Tools and agents: approval (examples/agent/FilesChat.tsx)', () => {
  it('waits for Approve, then deletes and lets the model go on', async () => {
    const { upstream, deleted, user } = await start('src/app.ts');

    const approve = await screen.findByRole('button', { name: 'Approve delete_file' });
    expect(within(card()).getByText('Delete src/app.ts?')).toBeTruthy();
    expect(deleted).toEqual([]);
    expect(upstream.requests).toHaveLength(1);
    await user.click(approve);

    await screen.findByText('Model saw: {"deleted":"src/app.ts"}');
    expect(deleted).toEqual(['DELETE src/app.ts']);
    expect(card().textContent).toContain('Deleted.');
    expect(card().getAttribute('data-approval')).toBe('approved');
    expect(screen.queryByRole('button', { name: 'Deny delete_file' })).toBeNull();
    expect(upstream.requests).toHaveLength(2);
  });

  it('on Deny, deletes nothing and tells the model', async () => {
    const { upstream, deleted, user } = await start('src/app.ts');

    await user.click(await screen.findByRole('button', { name: 'Deny delete_file' }));

    await screen.findByText(/Model saw: .*denied/);
    expect(deleted).toEqual([]);
    expect(card().textContent).toContain('Kept.');
    expect(card().getAttribute('data-approval')).toBe('denied');
    expect(upstream.requests[1]!.toolResults[0]).toMatchObject({ toolCallId: 'call_del' });
  });

  it('deletes under tmp/ without asking', async () => {
    const { upstream, deleted } = await start('tmp/cache.json');

    await screen.findByText('Model saw: {"deleted":"tmp/cache.json"}');
    expect(deleted).toEqual(['DELETE tmp/cache.json']);
    await waitFor(() => expect(card().textContent).toContain('Deleted.'));
    expect(card().hasAttribute('data-approval')).toBe(false);
    expect(upstream.requests).toHaveLength(2);
  });
});
