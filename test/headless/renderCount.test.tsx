import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, Message, type MessageComponentProps } from '../../src/headless';
import { useChatStream } from '../../src/react/useChatStream';
import { getMessageText, type ChatMessage } from '../../src/message';
import type { ChatStore } from '../../src/store/createChatStore';
import { createPushableChat, type PushableFetch } from '../helpers/pushableFetch';

afterEach(cleanup);

const history: ChatMessage[] = [
  { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'One' }], status: 'complete' },
  { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Two' }], status: 'complete' },
];

function createCounter() {
  const renders = new Map<string, number>();
  const Row = ({ message }: MessageComponentProps) => {
    renders.set(message.id, (renders.get(message.id) ?? 0) + 1);
    return (
      <Message.Root>
        <Message.Content />
      </Message.Root>
    );
  };
  return { renders, Row };
}

async function streamTokens(store: ChatStore, server: PushableFetch, renders: Map<string, number>) {
  act(() => void store.send('Three'));
  await waitFor(() => expect(server.responses).toHaveLength(1));
  act(() => server.last().text('a'));
  await waitFor(() => expect(store.getState().status).toBe('streaming'));
  const streamingId = store.getState().messages.at(-1)!.id;
  const before = new Map(renders);
  for (const token of ['b', 'c', 'd', 'e']) {
    act(() => server.last().text(token));
    await waitFor(() => expect(getMessageText(store.getState().messages.at(-1)!).endsWith(token)).toBe(true));
  }
  return { before, streamingId };
}

describe('Chat.Messages render counts', () => {
  it('re-renders only the streaming row on a token', async () => {
    const { store, server } = createPushableChat({ initialMessages: history });
    const { renders, Row } = createCounter();
    render(
      <Chat.Root store={store}>
        <Chat.Messages components={{ UserMessage: Row, AssistantMessage: Row }} />
      </Chat.Root>,
    );
    const { before, streamingId } = await streamTokens(store, server, renders);
    for (const id of ['u1', 'a1', store.getState().messages.at(-2)!.id]) expect(renders.get(id)).toBe(before.get(id));
    expect(renders.get(streamingId)! - before.get(streamingId)!).toBe(4);
  });

  it('holds when the parent re-renders on every token and passes an inline components object', async () => {
    const { store, server } = createPushableChat({ initialMessages: history });
    const { renders, Row } = createCounter();
    let parentRenders = 0;
    function App() {
      const chat = useChatStream({ store });
      parentRenders++;
      // Reading the messages is what subscribes the parent to every token.
      return (
        <Chat.Root store={chat.store} data-count={chat.messages.length}>
          <Chat.Messages components={{ UserMessage: Row, AssistantMessage: Row }} />
        </Chat.Root>
      );
    }
    render(<App />);
    const parentBefore = parentRenders;
    const { before, streamingId } = await streamTokens(store, server, renders);
    expect(parentRenders - parentBefore).toBeGreaterThanOrEqual(4);
    for (const id of ['u1', 'a1', store.getState().messages.at(-2)!.id]) expect(renders.get(id)).toBe(before.get(id));
    expect(renders.get(streamingId)).toBeGreaterThan(before.get(streamingId)!);
  });
});
