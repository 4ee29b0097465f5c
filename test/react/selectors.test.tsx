import { memo } from 'react';
import { getMessageText } from '../../src/message';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChatProvider } from '../../src/react/ChatProvider';
import { useChatMessage } from '../../src/react/useChatMessage';
import { useChatMessageIds, useChatSelector } from '../../src/react/useChatSelector';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';
import { createChatStore } from '../../src/store/createChatStore';
import { createDeferred } from '../helpers/deferred';
import { done, finishChunk, textChunk } from '../helpers/openaiFrames';
import { openSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { setupRealSocketReact } from './setupRealSocketReact';

setupRealSocketReact();
const serve = serveForEachTest();

const history: ChatMessageInit[] = Array.from({ length: 20 }, (_, index) => ({
  id: `m${index}`,
  role: index % 2 === 0 ? 'user' : 'assistant',
  parts: [{ type: 'text', text: `Message ${index}` }],
}));

/** A list on `useChatMessageIds` with memo'd rows on `useChatMessage`, counting every render. */
function createCountingList() {
  const rowRenders = new Map<string, number>();
  const listRenders = { count: 0 };
  const Row = memo(function Row({ id }: { id: string }) {
    const message = useChatMessage(id);
    rowRenders.set(id, (rowRenders.get(id) ?? 0) + 1);
    return <li data-testid={`row-${message?.role}`}>{getMessageText(message!)}</li>;
  });
  function List() {
    const ids = useChatMessageIds();
    listRenders.count++;
    return (
      <ul>
        {ids.map((id) => (
          <Row key={id} id={id} />
        ))}
      </ul>
    );
  }
  return { rowRenders, listRenders, List };
}

describe('useChatMessage and useChatMessageIds', () => {
  it('re-render only the streaming row while an answer streams; untouched messages keep their identity', async () => {
    const steps = ['Streaming ', 'a ', 'long ', 'answer ', 'in ', 'parts.'];
    const released = steps.map(() => createDeferred());
    const server = await serve(async (_req, res) => {
      openSse(res);
      for (const [index, step] of steps.entries()) {
        res.write(textChunk(step));
        await released[index]!.promise;
      }
      res.end(finishChunk() + done());
    });
    const store = createChatStore({ api: server.url, initialMessages: history });
    const initial = store.getState().messages;
    const { rowRenders, listRenders, List } = createCountingList();
    render(
      <ChatProvider store={store}>
        <List />
      </ChatProvider>,
    );
    expect(listRenders.count).toBe(1);

    void store.send('Tell me more');
    await waitFor(() => expect(screen.getAllByTestId('row-assistant').at(-1)!.textContent).toBe('Streaming '));
    const [userId, answerId] = store.getState().messages.slice(-2).map((message) => message.id) as [string, string];
    const before = { list: listRenders.count, rows: new Map(rowRenders) };

    let shown = steps[0]!;
    for (const [index, step] of steps.slice(1).entries()) {
      released[index]!.resolve();
      shown += step;
      const expected = shown;
      await waitFor(() => expect(screen.getAllByTestId('row-assistant').at(-1)!.textContent).toBe(expected));
    }
    released.at(-1)!.resolve();
    await waitFor(() => expect(store.getState().status).toBe('idle'));

    // The ids changed once, when `send` added the question and the answer in one update.
    expect(before.list).toBe(2);
    expect(listRenders.count).toBe(before.list);
    for (const { id } of initial) expect(rowRenders.get(id)).toBe(1);
    expect(rowRenders.get(userId)).toBe(before.rows.get(userId));
    expect(rowRenders.get(answerId)! - before.rows.get(answerId)!).toBeGreaterThanOrEqual(steps.length - 1);
    const final = store.getState().messages;
    initial.forEach((message, index) => expect(final[index]).toBe(message));
    expect(final.at(-1)).toMatchObject({ id: answerId, parts: [{ type: 'text', text: steps.join('') }], status: 'complete' });
  });

  it('useChatMessage returns undefined once its message is removed, also after the list shifts', () => {
    const store = createChatStore({ api: 'http://127.0.0.1:1/unused', initialMessages: history.slice(0, 4) });
    const seen: (string | undefined)[] = [];
    function Watch({ id }: { id: string }) {
      const message = useChatMessage(id);
      seen.push(message ? getMessageText(message) : undefined);
      return <p data-testid="watched">{message ? getMessageText(message) : 'gone'}</p>;
    }
    render(
      <ChatProvider store={store}>
        <Watch id="m2" />
      </ChatProvider>,
    );
    expect(seen).toEqual(['Message 2']);

    // m2 moves to index 1, away from the index the hook remembers; it is found again and, being the
    // same object, does not re-render.
    act(() => store.setMessages((messages) => messages.filter((message) => message.id !== 'm0')));
    expect(seen).toEqual(['Message 2']);

    act(() => store.setMessages((messages) => messages.filter((message) => message.id !== 'm2')));
    expect(screen.getByTestId('watched').textContent).toBe('gone');
    expect(seen).toEqual(['Message 2', undefined]);
  });
});

describe('useChatSelector', () => {
  it('throws a wiring error outside a ChatProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Status() {
      return <p>{useChatSelector((chat) => chat.status)}</p>;
    }
    expect(() => render(<Status />)).toThrow('`useChatSelector()` must be used within `<ChatProvider>`');
  });

  it('re-renders only when the selected value changes', () => {
    const store = createChatStore({ api: 'http://127.0.0.1:1/unused', initialMessages: history.slice(0, 2) });
    let renders = 0;
    function Count() {
      const count = useChatSelector((chat) => chat.messages.length);
      renders++;
      return <p data-testid="count">{count}</p>;
    }
    render(
      <ChatProvider store={store}>
        <Count />
      </ChatProvider>,
    );
    act(() =>
      store.setMessages((messages) => messages.map((message) => ({ ...message, parts: [{ type: 'text', text: `${getMessageText(message)}!` }] }))),
    );
    expect(renders).toBe(1);
    act(() => store.setMessages((messages) => messages.slice(0, 1)));
    expect(screen.getByTestId('count').textContent).toBe('1');
    expect(renders).toBe(2);
  });
});
