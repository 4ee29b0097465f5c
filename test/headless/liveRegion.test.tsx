import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat } from '../../src/headless';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const assistantContent = () => document.querySelector('[data-role="assistant"] [data-format]');

describe('Chat.Messages live region', () => {
  it('keeps token-by-token changes out of the accessibility tree and adds the final text once', async () => {
    const { store, server } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <Chat.Messages />
      </Chat.Root>,
    );
    act(() => void store.send('Hello'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('One'));
    await waitFor(() => expect(assistantContent()?.textContent).toBe('One'));
    const live = assistantContent()!;
    expect(live.getAttribute('aria-hidden')).toBe('true');

    const log = screen.getByRole('log');
    expect(log.getAttribute('aria-busy')).toBe('true');
    let records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    const takeRecords = () => {
      const taken = [...records, ...observer.takeRecords()];
      records = [];
      return taken;
    };
    observer.observe(log, { childList: true, subtree: true, characterData: true });
    act(() => server.last().text(' two'));
    act(() => server.last().text(' three'));
    await waitFor(() => expect(assistantContent()?.textContent).toBe('One two three'));
    const streamed = takeRecords();
    expect(streamed.length).toBeGreaterThan(0);
    for (const record of streamed) {
      const node = record.target instanceof Element ? record.target : record.target.parentElement;
      expect(node?.closest('[aria-hidden="true"]')).not.toBeNull();
    }

    act(() => server.last().finish());
    await waitFor(() => expect(store.getState().status).toBe('idle'));
    const settled = assistantContent()!;
    const added = takeRecords().flatMap((record) => [...record.addedNodes]);
    observer.disconnect();
    expect(settled).not.toBe(live);
    expect(live.isConnected).toBe(false);
    expect(settled.hasAttribute('aria-hidden')).toBe(false);
    expect(settled.textContent).toBe('One two three');
    expect(added).toContain(settled);
    expect(log.hasAttribute('aria-busy')).toBe(false);
  });

  it('announces a text part once the answer moves on to a tool call, while the call itself stays hidden', async () => {
    const { store, server } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <Chat.Messages />
      </Chat.Root>,
    );
    act(() => void store.send('Weather?'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('Let me check.'));
    await waitFor(() => expect(assistantContent()?.textContent).toBe('Let me check.'));
    const live = assistantContent()!;
    expect(live.getAttribute('aria-hidden')).toBe('true');

    const call = { index: 0, id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":' } };
    act(() => server.last().delta({ tool_calls: [call] }));
    await waitFor(() => expect(document.querySelector('[data-part="tool-call"]')).not.toBeNull());
    const settled = assistantContent()!;
    expect(settled).not.toBe(live);
    expect(settled.hasAttribute('aria-hidden')).toBe(false);
    expect(settled.textContent).toBe('Let me check.');
    expect(document.querySelector('[data-part="tool-call"] pre')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('log').getAttribute('aria-busy')).toBe('true');
  });

  it('does not hide or remount messages that never streamed', () => {
    const { store } = createPushableChat({ initialMessages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hi' }] }] });
    render(
      <Chat.Root store={store}>
        <Chat.Messages />
      </Chat.Root>,
    );
    const content = document.querySelector('[data-role="user"] [data-format]');
    expect(content?.hasAttribute('aria-hidden')).toBe(false);
    expect(content?.getAttribute('data-format')).toBe('text');
  });
});
