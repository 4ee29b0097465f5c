import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chat, type ChatMessagesHandle } from '../../src/headless';
import { resolveVirtualize } from '../../src/headless/chat/ChatVirtualizeOptions';
import { createTextMessage, type ChatMessage } from '../../src/message';
import { createPushableChat } from '../helpers/pushableFetch';
import { stubScrollGeometry } from '../styled/geometry';

afterEach(cleanup);

const thread = (count: number) =>
  Array.from({ length: count }, (_, index) => createTextMessage(index % 2 ? 'assistant' : 'user', `Message ${index}`, `m${index}`) as ChatMessage);
const rowTexts = () => [...screen.getByRole('log').querySelectorAll('[data-role]')].map((row) => row.textContent);

describe('Chat.Messages virtualize, where there is no layout (jsdom)', () => {
  it('renders the newest initialRows rows as the plain live log, with their thread indexes', () => {
    const { store } = createPushableChat({ initialMessages: thread(100) });
    const seen: number[] = [];
    render(
      <Chat.Root store={store}>
        <Chat.Messages virtualize={{ initialRows: 5 }} render={(id, index) => <p data-role="row" key={id}>{(seen.push(index), `${id}@${index}`)}</p>} />
      </Chat.Root>,
    );
    expect(rowTexts()).toEqual(['m95@95', 'm96@96', 'm97@97', 'm98@98', 'm99@99']);
    expect(Math.min(...seen)).toBe(95);
    const log = screen.getByRole('log');
    // Nothing mounts as the user scrolls here, so the plain list's live region is right as it is.
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(log.getAttribute('aria-relevant')).toBe('additions');
    expect(log.hasAttribute('data-virtualized')).toBe(false);
  });

  it('keeps following the newest rows as messages are added', async () => {
    const { store, server } = createPushableChat({ initialMessages: thread(40) });
    render(
      <Chat.Root store={store}>
        <Chat.Messages virtualize />
      </Chat.Root>,
    );
    expect(rowTexts()).toHaveLength(30);
    act(() => void store.send('Newest question'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('Newest answer'));
    await waitFor(() => expect(rowTexts().at(-1)).toBe('Newest answer'));
    expect(rowTexts()).toHaveLength(30);
    expect(rowTexts()[0]).toBe('Message 12');
    act(() => server.last().finish());
    await waitFor(() => expect(store.getState().status).toBe('idle'));
  });

  it('fills in the defaults and keeps at least one row', () => {
    expect(resolveVirtualize(undefined)).toBe(false);
    expect(resolveVirtualize(false)).toBe(false);
    expect(resolveVirtualize(true)).toEqual({ overscan: 400, estimatedRowHeight: undefined, initialRows: 30 });
    expect(resolveVirtualize({ overscan: 100, estimatedRowHeight: 80, initialRows: 0 })).toEqual({ overscan: 100, estimatedRowHeight: 80, initialRows: 1 });
  });
});

describe('Chat.Messages handleRef', () => {
  it('scrolls a mounted row into view, lets go of the bottom, and says false for an unknown or unmounted id', async () => {
    const { store, server } = createPushableChat({ initialMessages: thread(50) });
    const handle = createRef<ChatMessagesHandle>();
    render(
      <Chat.Root store={store}>
        <Chat.Viewport data-testid="viewport">
          <Chat.Messages virtualize={{ initialRows: 10 }} handleRef={handle} />
        </Chat.Viewport>
      </Chat.Root>,
    );
    const viewport = screen.getByTestId('viewport');
    const { max } = stubScrollGeometry(viewport);
    const scrolled: Element[] = [];
    const scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    Element.prototype.scrollIntoView = scrollIntoView;
    act(() => void store.send('More'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('Streaming'));
    await waitFor(() => expect(viewport.scrollTop).toBe(max()));

    expect(handle.current?.scrollToMessage('nope')).toBe(false);
    expect(handle.current?.scrollToMessage('m3')).toBe(false);
    expect(handle.current?.scrollToMessage('m45', { align: 'center' })).toBe(true);
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]?.textContent).toBe('Message 45');
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
    // The app's scroll let go of the bottom: the next token does not pull the view back down.
    const reading = viewport.scrollTop;
    act(() => server.last().text(' and more'));
    await waitFor(() => expect(viewport.textContent).toContain('and more'));
    expect(max()).toBeGreaterThan(reading);
    expect(viewport.scrollTop).toBe(reading);
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    act(() => server.last().finish());
    await waitFor(() => expect(store.getState().status).toBe('idle'));
  });
});
