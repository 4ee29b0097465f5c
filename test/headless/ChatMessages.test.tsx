import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, Message, type MessageComponentProps } from '../../src/headless';
import { useChatStream } from '../../src/react/useChatStream';
import type { ChatMessage } from '../../src/message';
import { createPushableChat, createPushableFetch } from '../helpers/pushableFetch';

afterEach(cleanup);

const history: ChatMessage[] = [
  { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hello' }], status: 'complete' },
  { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Hi there' }], status: 'complete' },
];

describe('Chat.Root and Chat.Messages', () => {
  it('renders every message with role and status attributes by default', () => {
    const { store } = createPushableChat({ initialMessages: history });
    render(
      <Chat.Root store={store} data-testid="root">
        <Chat.Messages />
      </Chat.Root>,
    );
    expect(screen.getByTestId('root').getAttribute('data-status')).toBe('idle');
    const log = screen.getByRole('log');
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(log.getAttribute('aria-relevant')).toBe('additions');
    expect(log.hasAttribute('aria-busy')).toBe(false);
    const rows = log.querySelectorAll('[data-role]');
    expect([...rows].map((row) => [row.getAttribute('data-role'), row.textContent])).toEqual([
      ['user', 'Hello'],
      ['assistant', 'Hi there'],
    ]);
  });

  it('uses the per-role components, then the render function', () => {
    const { store } = createPushableChat({
      initialMessages: [...history, { id: 's1', role: 'system', parts: [{ type: 'text', text: 'Be brief' }] }],
    });
    const UserMessage = ({ index }: MessageComponentProps) => (
      <Message.Root data-testid={`user-${index}`}>
        <Message.Content render={(text) => `you: ${text}`} />
      </Message.Root>
    );
    const render3 = (id: string, index: number) => <p data-testid="fallback">{`${index}:${id}`}</p>;
    render(
      <Chat.Root store={store}>
        <Chat.Messages components={{ UserMessage }} render={render3} />
      </Chat.Root>,
    );
    expect(screen.getByTestId('user-0').textContent).toBe('you: Hello');
    expect(screen.getAllByTestId('fallback').map((node) => node.textContent)).toEqual(['1:a1', '2:s1']);
  });

  it('renders as the child element with asChild, appending the rows to it', () => {
    const { store } = createPushableChat({ initialMessages: history });
    render(
      <Chat.Root store={store} asChild>
        <section data-testid="root">
          <Chat.Messages asChild render={(id) => <li key={id}>{id}</li>}>
            <ol className="list" />
          </Chat.Messages>
        </section>
      </Chat.Root>,
    );
    expect(screen.getByTestId('root').tagName).toBe('SECTION');
    const list = screen.getByRole('log');
    expect(list.tagName).toBe('OL');
    expect(list.className).toBe('list');
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['u1', 'a1']);
  });

  it('streams a reply into the last row and marks the log busy meanwhile', async () => {
    const { store, server } = createPushableChat();
    render(
      <Chat.Root store={store} data-testid="root">
        <Chat.Messages />
      </Chat.Root>,
    );
    act(() => void store.send('Hello'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    expect(screen.getByRole('log').getAttribute('aria-busy')).toBe('true');
    act(() => server.last().text('Hel'));
    await waitFor(() => expect(screen.getByTestId('root').getAttribute('data-status')).toBe('streaming'));
    act(() => server.last().text('lo!'));
    await waitFor(() => expect(document.querySelector('[data-role="assistant"]')?.textContent).toBe('Hello!'));
    act(() => server.last().finish());
    await waitFor(() => expect(screen.getByTestId('root').getAttribute('data-status')).toBe('idle'));
    expect(screen.getByRole('log').hasAttribute('aria-busy')).toBe(false);
    expect(document.querySelector('[data-role="assistant"]')?.getAttribute('data-status')).toBe('complete');
  });

  it('accepts the result of useChatStream as `chat`', async () => {
    const server = createPushableFetch();
    function App() {
      const chat = useChatStream({ api: 'http://test/chat', fetch: server.fetch, throttle: 'sync', retry: false });
      return (
        <Chat.Root store={chat.store} data-testid="root">
          <Chat.Messages />
          <button type="button" onClick={() => void chat.send('Ping')}>
            go
          </button>
        </Chat.Root>
      );
    }
    render(<App />);
    act(() => screen.getByText('go').click());
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().finish());
    await waitFor(() => expect(screen.getByTestId('root').getAttribute('data-status')).toBe('idle'));
    expect(screen.getByRole('log').querySelector('[data-role="user"]')?.textContent).toBe('Ping');
  });
});
