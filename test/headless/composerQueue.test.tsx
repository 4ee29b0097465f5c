import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, Composer, useComposerQueue, useQueuedMessage } from '../../src/headless';
import type { ChatLabels } from '../../src/headless';
import type { ChatStore } from '../../src/store/createChatStore';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

function renderQueue(store: ChatStore, queue = <Composer.Queue data-testid="queue" />, labels?: Partial<ChatLabels>) {
  render(
    <Chat.Root store={store} labels={labels}>
      <Composer.Root>
        {queue}
        <Composer.Input />
        <Composer.Submit />
        <Composer.Stop />
      </Composer.Root>
    </Chat.Root>,
  );
  return screen.getByRole('textbox', { name: 'Message' });
}

/** A chat with `whenBusy: 'queue'` whose first answer is streaming and two more messages queued. */
async function busyWithTwoQueued() {
  const { store, server } = createPushableChat({ whenBusy: 'queue' });
  const input = renderQueue(store);
  const first = store.send('First');
  await waitFor(() => expect(server.responses).toHaveLength(1));
  server.last().text('Partial');
  const typed = (text: string) => {
    fireEvent.change(input, { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
  };
  typed('Second');
  typed('Third');
  await waitFor(() => expect(store.getState().queue.map((item) => item.text)).toEqual(['Second', 'Third']));
  return { store, server, input, first };
}

const items = () => within(screen.getByRole('list', { name: 'Queued messages' })).getAllByRole('listitem');
const pausedNote = () => {
  const note = document.querySelector<HTMLElement>('[role=status][data-paused-by]');
  if (!note) throw new Error('No paused note.');
  return note;
};
const lastUserText = (body: { messages: Array<{ role: string; content: unknown }> }) =>
  body.messages.filter((message) => message.role === 'user').at(-1)?.content;

describe('Composer.Queue', () => {
  it('renders nothing while the queue is empty', async () => {
    const { store, server } = createPushableChat({ whenBusy: 'queue' });
    renderQueue(store);
    expect(screen.queryByTestId('queue')).toBeNull();
    void store.send('Only');
    await waitFor(() => expect(server.responses).toHaveLength(1));
    expect(screen.queryByTestId('queue')).toBeNull();
  });

  it('lists queued messages in order near the composer, waiting while the turn runs', async () => {
    await busyWithTwoQueued();
    expect(items().map((item) => item.querySelector('[data-queue-text]')?.textContent)).toEqual(['Second', 'Third']);
    const queue = screen.getByTestId('queue');
    expect(queue.getAttribute('data-state')).toBe('waiting');
    expect(queue.hasAttribute('data-paused-by')).toBe(false);
    expect(screen.getByRole('button', { name: 'Send now: Third' }).textContent).toBe('Send now');
    expect(screen.getByRole('button', { name: 'Remove from queue: Second' }).textContent).toBe('Remove');
    expect(document.querySelector('[role=status][data-paused-by]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send next queued message' })).toBeNull();
  });

  it('removes a queued message unsent and gives focus to the input', async () => {
    const { store, server, input } = await busyWithTwoQueued();
    fireEvent.click(screen.getByRole('button', { name: 'Remove from queue: Second' }));
    expect(store.getState().queue.map((item) => item.text)).toEqual(['Third']);
    expect(items()).toHaveLength(1);
    expect(document.activeElement).toBe(input);
    // The first answer completes and only Third follows.
    act(() => server.responses[0]!.finish());
    await waitFor(() => expect(server.responses).toHaveLength(2));
    expect(lastUserText(server.last().body)).toBe('Third');
  });

  it('sends a queued message now: the running turn stops and the rest of the queue follows', async () => {
    const { server, first } = await busyWithTwoQueued();
    fireEvent.click(screen.getByRole('button', { name: 'Send now: Third' }));
    await waitFor(() => expect(server.responses).toHaveLength(2));
    await expect(first).resolves.toBe('stopped');
    expect(lastUserText(server.last().body)).toBe('Third');
    expect(items().map((item) => item.textContent)).toEqual(['Second Send now Remove']);
    act(() => server.last().finish());
    await waitFor(() => expect(server.responses).toHaveLength(3));
    expect(lastUserText(server.last().body)).toBe('Second');
    await waitFor(() => expect(screen.queryByTestId('queue')).toBeNull());
  });

  it('pauses after a failed turn, says so, and Resume sends the next message', async () => {
    const { store, server, input } = await busyWithTwoQueued();
    act(() => server.responses[0]!.cut());
    await waitFor(() => expect(store.getState().status).toBe('error'));
    const queue = screen.getByTestId('queue');
    expect(queue.getAttribute('data-state')).toBe('paused');
    expect(queue.getAttribute('data-paused-by')).toBe('error');
    const note = pausedNote();
    expect(note.getAttribute('data-paused-by')).toBe('error');
    expect(note.textContent).toContain('The last answer failed, so the queued messages wait.');
    // Nothing was sent by itself.
    expect(server.responses).toHaveLength(1);
    fireEvent.click(within(note).getByRole('button', { name: 'Send next queued message' }));
    expect(document.activeElement).toBe(input);
    await waitFor(() => expect(server.responses).toHaveLength(2));
    expect(lastUserText(server.last().body)).toBe('Second');
    expect(queue.getAttribute('data-state')).toBe('waiting');
    expect(document.querySelector('[role=status][data-paused-by]')).toBeNull();
  });

  it('pauses after a stopped turn', async () => {
    const { server } = await busyWithTwoQueued();
    fireEvent.click(screen.getByRole('button', { name: 'Stop generating' }));
    await waitFor(() => expect(screen.getByTestId('queue').getAttribute('data-paused-by')).toBe('stopped'));
    expect(pausedNote().textContent).toContain('The last answer was stopped');
    expect(server.responses).toHaveLength(1);
  });

  it('keeps waiting, without Resume, while a tool call of the last answer has no result', async () => {
    const { store, server } = await busyWithTwoQueued();
    act(() => {
      server.responses[0]!.delta({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'pick', arguments: '{}' } }] });
      server.responses[0]!.finish('tool_calls');
    });
    await waitFor(() => expect(store.getState().status).toBe('idle'));
    expect(screen.getByTestId('queue').getAttribute('data-state')).toBe('waiting');
    expect(screen.queryByRole('button', { name: 'Send next queued message' })).toBeNull();
    expect(server.responses).toHaveLength(1);
    // Nothing answers the call (no `tools`), so nothing is sent ahead of its result.
    expect(store.getState().queue).toHaveLength(2);
  });

  it('shows the whole text of a long message by default, and cuts it only in the buttons\' names', async () => {
    const { store, server } = createPushableChat({ whenBusy: 'queue' });
    renderQueue(store);
    void store.send('First');
    await waitFor(() => expect(server.responses).toHaveLength(1));
    const long = `Please also compare\n\nthe prices of ${'every hotel '.repeat(5)}nearby`;
    void store.send(long);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]!.querySelector('[data-queue-text]')?.textContent).toBe(long);
    expect(screen.getByRole('button', { name: 'Send now: Please also compare the prices of every…' })).toBeTruthy();
  });

  it('renders each item through `render`, with the item parts and useQueuedMessage inside', async () => {
    const { store, server } = createPushableChat({ whenBusy: 'queue' });
    function Text() {
      return <em>{useQueuedMessage().text.toUpperCase()}</em>;
    }
    function Count() {
      return <output data-testid="count">{useComposerQueue().items.length}</output>;
    }
    const queue = (
      <Composer.Queue render={(item, index) => <><Text /> #{index} <Composer.QueueRemove>x</Composer.QueueRemove></>}>
        <Count />
      </Composer.Queue>
    );
    renderQueue(store, queue, { removeQueued: (summary) => `Drop ${summary}` });
    void store.send('First');
    await waitFor(() => expect(server.responses).toHaveLength(1));
    const long = `${'word '.repeat(20)}end`;
    void store.send(long);
    void store.send({ text: '', files: [{ type: 'file', mediaType: 'text/plain', name: 'notes.txt', data: 'aGk=' }] });
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(items()[0]!.querySelector('em')?.textContent).toBe(long.toUpperCase());
    expect(items()[1]!.textContent).toBe(' #1 x');
    expect(screen.getByRole('button', { name: `Drop ${'word '.repeat(7)}word…` })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Drop notes.txt' })).toBeTruthy();
    expect(screen.getByTestId('count').textContent).toBe('2');
    expect(screen.queryByRole('button', { name: /^Send now/ })).toBeNull();
  });

  it('throws outside its roots, naming the part', () => {
    const { store } = createPushableChat();
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Chat.Root store={store}><Composer.Queue /></Chat.Root>)).toThrow('`Composer.Queue` must be used within `Composer.Root`.');
      expect(() =>
        render(
          <Chat.Root store={store}>
            <Composer.Root>
              <Composer.QueueSendNow />
            </Composer.Root>
          </Chat.Root>,
        ),
      ).toThrow('`Composer.QueueSendNow` must be used within a `Composer.Queue` item.');
    } finally {
      console.error = quiet;
    }
  });
});
