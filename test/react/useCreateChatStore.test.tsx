import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useChatStream } from '../../src/react/useChatStream';
import { useCreateChatStore } from '../../src/react/useCreateChatStore';
import type { ChatStore } from '../../src/store/createChatStore';
import { ChatWindow } from '../../src/styled';

afterEach(cleanup);

// An in-memory answer of several events, published one by one ('sync'): each would re-render a subscriber.
const answer = ['Str', 'eam', 'ing ', 'done']
  .map((text) => `data: {"choices":[{"index":0,"delta":{"content":"${text}"}}]}\n\n`)
  .concat('data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n')
  .join('');
const fetch = async () => new Response(answer, { headers: { 'content-type': 'text/event-stream' } });
const options = { api: '/api/chat', fetch, throttle: 'sync' as const, retry: false as const };

let renders = 0;
let shared: ChatStore | undefined;

function StableParent() {
  renders++;
  const store = useCreateChatStore(options);
  shared = store;
  return <ChatWindow store={store} aria-label="chat" />;
}

function StoreOnlyParent() {
  renders++;
  const { store } = useChatStream(options);
  shared = store;
  return <ChatWindow store={store} aria-label="chat" />;
}

function ReadingParent() {
  renders++;
  const { store, messages } = useChatStream(options);
  shared = store;
  return <ChatWindow store={store} aria-label={`chat of ${messages.length}`} />;
}

async function streamOnce(Parent: () => React.ReactElement): Promise<number> {
  renders = 0;
  render(<Parent />);
  await act(async () => {
    await shared!.send('Go');
  });
  expect(screen.getByText('Streaming done')).toBeTruthy();
  return renders;
}

describe('useCreateChatStore', () => {
  it('gives ChatWindow a store without re-rendering the parent while the answer streams', async () => {
    expect(await streamOnce(StableParent)).toBe(1);
  });

  it('is what useChatStream gives too when the parent reads nothing but the store', async () => {
    expect(await streamOnce(StoreOnlyParent)).toBe(1);
  });

  it('re-renders a useChatStream parent per update once it reads the messages', async () => {
    expect(await streamOnce(ReadingParent)).toBeGreaterThan(1);
  });

  it('returns the same store on every render and stops its turn on unmount', async () => {
    let stored: ChatStore | undefined;
    const hanging = async (_url: string | URL | Request, init?: RequestInit) =>
      new Response(
        new ReadableStream({
          start(controller) {
            init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
          },
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    function Host({ label }: { label: string }) {
      const store = useCreateChatStore({ api: '/api/chat', fetch: hanging, retry: false });
      stored ??= store;
      expect(store).toBe(stored);
      return <p>{label}</p>;
    }
    const view = render(<Host label="a" />);
    view.rerender(<Host label="b" />);
    let turn: Promise<unknown> = Promise.resolve();
    act(() => {
      turn = stored!.send('Hi');
    });
    view.unmount();
    await expect(turn).resolves.toBe('stopped');
  });
});
