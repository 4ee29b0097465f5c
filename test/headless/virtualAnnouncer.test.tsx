import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat } from '../../src/headless';
import { SettledMessageAnnouncer } from '../../src/headless/chat/SettledMessageAnnouncer';
import { createTextMessage, type ChatMessage } from '../../src/message';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const region = () => document.querySelector<HTMLElement>('[data-announcer]')!;
const said = () => [...region().querySelectorAll('p')].map((node) => node.textContent);

function setup(initialMessages: ChatMessage[] = []) {
  const { store, server } = createPushableChat({ initialMessages });
  render(
    <Chat.Root store={store}>
      <SettledMessageAnnouncer />
    </Chat.Root>,
  );
  return { store, server };
}

describe('the virtualized list\'s announcer', () => {
  it('is a polite region that says nothing for history, nothing while streaming, and the final text once', async () => {
    const { store, server } = setup([createTextMessage('assistant', 'Old answer', 'a0') as ChatMessage]);
    expect(region().getAttribute('aria-live')).toBe('polite');
    expect(region().getAttribute('aria-relevant')).toBe('additions');
    expect(said()).toEqual([]);

    act(() => void store.send('Hello'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('One'));
    act(() => server.last().text(' two'));
    await waitFor(() => expect(store.getState().messages.at(-1)?.parts).toHaveLength(1));
    expect(said()).toEqual([]);

    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(region(), { childList: true, subtree: true, characterData: true });
    act(() => server.last().finish());
    await waitFor(() => expect(said()).toEqual(['One two']));
    // Later changes elsewhere in the thread add nothing more.
    act(() => store.setMessages((messages) => [...messages, createTextMessage('user', 'Typed later', 'u9') as ChatMessage]));
    await act(async () => undefined);
    observer.disconnect();
    expect(said()).toEqual(['One two']);
    const added = [...records, ...observer.takeRecords()].flatMap((record) => [...record.addedNodes]);
    expect(added).toHaveLength(1);
  });

  it('says a stopped answer is stopped', async () => {
    const { store, server } = setup();
    act(() => void store.send('Hello'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('Partial'));
    await waitFor(() => expect(store.getState().messages.at(-1)?.status).toBe('streaming'));
    act(() => store.stop());
    await waitFor(() => expect(said()).toEqual(['Partial Stopped']));
  });
});
