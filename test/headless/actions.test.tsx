import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMessageText } from '../../src/message';
import { Action, Chat, Message, type MessageComponentProps } from '../../src/headless';
import type { ChatMessage } from '../../src/message';
import type { ChatStore } from '../../src/store/createChatStore';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const history: ChatMessage[] = [
  { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hello' }], status: 'complete' },
  { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Hi **there**' }], status: 'complete' },
];

const Row = ({ message }: MessageComponentProps) => (
  <Message.Root data-testid={message.id}>
    <Message.Content />
    <Message.Editor />
    <Message.Error />
    <Message.Actions>
      <Action.Copy />
      <Action.Edit />
      <Action.Regenerate />
    </Message.Actions>
  </Message.Root>
);

function renderChat(store: ChatStore) {
  render(
    <Chat.Root store={store}>
      <Chat.Messages components={{ UserMessage: Row, AssistantMessage: Row }} />
    </Chat.Root>,
  );
}

const within = (id: string, name: string) =>
  screen.getByTestId(id).querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);

function mockClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: spy } });
  return spy;
}

describe('Action buttons', () => {
  it('renders only the actions that apply to each role, as labelled type=button buttons', () => {
    const { store } = createPushableChat({ initialMessages: history });
    renderChat(store);
    expect(within('u1', 'Edit message')?.type).toBe('button');
    expect(within('u1', 'Regenerate response')).toBeNull();
    expect(within('a1', 'Regenerate response')?.type).toBe('button');
    expect(within('a1', 'Edit message')).toBeNull();
    expect(screen.getAllByRole('group', { name: 'Message actions' })).toHaveLength(2);
  });

  it('copies the raw text of the message and reports it in data-state', async () => {
    const { store } = createPushableChat({ initialMessages: history });
    const writeText = mockClipboard(async () => undefined);
    renderChat(store);
    const copy = within('a1', 'Copy message')!;
    expect(copy.getAttribute('data-state')).toBe('idle');
    act(() => copy.click());
    expect(writeText).toHaveBeenCalledWith('Hi **there**');
    await waitFor(() => expect(copy.getAttribute('data-state')).toBe('copied'));
    expect(copy.getAttribute('aria-label')).toBe('Copied');
  });

  it('reports a refused clipboard as failed', async () => {
    const { store } = createPushableChat({ initialMessages: history });
    mockClipboard(() => Promise.reject(new Error('denied')));
    renderChat(store);
    const copy = within('u1', 'Copy message')!;
    act(() => copy.click());
    await waitFor(() => expect(copy.getAttribute('data-state')).toBe('failed'));
  });

  it('disables copy and regenerate while the message streams', () => {
    const { store } = createPushableChat({
      initialMessages: [history[0]!, { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Hi' }], status: 'streaming' }],
    });
    renderChat(store);
    expect(within('a1', 'Copy message')?.disabled).toBe(true);
    expect(within('a1', 'Regenerate response')?.disabled).toBe(true);
  });

  it('lets a user onClick cancel the action with preventDefault', () => {
    const { store } = createPushableChat({ initialMessages: history });
    const writeText = mockClipboard(async () => undefined);
    render(
      <Chat.Root store={store}>
        <Message.Root messageId="a1">
          <Action.Copy onClick={(event) => event.preventDefault()} />
        </Message.Root>
      </Chat.Root>,
    );
    act(() => screen.getByRole('button', { name: 'Copy message' }).click());
    expect(writeText).not.toHaveBeenCalled();
  });

  it('regenerates an assistant message from the history before it', async () => {
    const { store, server } = createPushableChat({ initialMessages: history });
    renderChat(store);
    act(() => within('a1', 'Regenerate response')!.click());
    await waitFor(() => expect(server.responses).toHaveLength(1));
    expect(server.last().body.messages).toEqual([{ role: 'user', content: 'Hello' }]);
    expect(screen.queryByTestId('a1')).toBeNull();
  });

  it('edits a user message: truncates after it and resends the new text', async () => {
    const { store, server } = createPushableChat({ initialMessages: history });
    renderChat(store);
    const user = userEvent.setup();
    await user.click(within('u1', 'Edit message')!);
    const editor = screen.getByRole('textbox', { name: 'Edit message' }) as HTMLTextAreaElement;
    expect(editor.value).toBe('Hello');
    expect(document.activeElement).toBe(editor);
    expect(screen.getByTestId('u1').hasAttribute('data-editing')).toBe(true);
    expect(screen.getByTestId('u1').querySelector('[data-format]')).toBeNull();
    await user.clear(editor);
    await user.type(editor, 'Bye{Enter}');
    await waitFor(() => expect(server.responses).toHaveLength(1));
    expect(server.last().body.messages).toEqual([{ role: 'user', content: 'Bye' }]);
    const messages = store.getState().messages;
    expect(messages.map((message) => [message.role, getMessageText(message)])).toEqual([
      ['user', 'Bye'],
      ['assistant', ''],
    ]);
    expect(messages.some((message) => message.id === 'u1' || message.id === 'a1')).toBe(false);
  });

  it('cancels an edit on Escape and gives focus back to the Edit button', async () => {
    const { store, server } = createPushableChat({ initialMessages: history });
    renderChat(store);
    const user = userEvent.setup();
    const edit = within('u1', 'Edit message')!;
    await user.click(edit);
    await user.type(screen.getByRole('textbox', { name: 'Edit message' }), ' world{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Edit message' })).toBeNull();
    expect(screen.getByTestId('u1').querySelector('[data-format]')?.textContent).toBe('Hello');
    expect(document.activeElement).toBe(edit);
    expect(server.responses).toHaveLength(0);
    fireEvent.click(edit);
    expect((screen.getByRole('textbox', { name: 'Edit message' }) as HTMLTextAreaElement).value).toBe('Hello');
  });
});

describe('Message.Error and retry', () => {
  it('shows the error and retries the failed last turn', async () => {
    const { store, server } = createPushableChat({ initialMessages: [history[0]!] });
    renderChat(store);
    act(() => void store.retry());
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().cut());
    await waitFor(() => expect(store.getState().status).toBe('error'));
    const failed = store.getState().messages.at(-1)!;
    const error = screen.getByTestId(failed.id).querySelector('[data-code]')!;
    expect(error.getAttribute('data-code')).toBe('incomplete');
    expect(error.textContent).toContain(failed.metadata!.error!.message);
    act(() => within(failed.id, 'Retry')!.click());
    await waitFor(() => expect(server.responses).toHaveLength(2));
    expect(server.last().body.messages).toEqual([{ role: 'user', content: 'Hello' }]);
    act(() => server.last().text('Fine'));
    act(() => server.last().finish());
    await waitFor(() => expect(store.getState().status).toBe('idle'));
    expect(document.querySelector('[data-code]')).toBeNull();
  });

  it('shows an older failure without a retry button', () => {
    const { store } = createPushableChat({
      initialMessages: [
        history[0]!,
        { id: 'a0', role: 'assistant', parts: [{ type: 'text', text: '' }], status: 'error' },
        { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'Again' }] },
        { id: 'a2', role: 'assistant', parts: [{ type: 'text', text: 'Ok' }] },
      ],
    });
    renderChat(store);
    expect(screen.getByTestId('a0').textContent).toContain('The answer failed.');
    expect(within('a0', 'Retry')).toBeNull();
    expect(screen.getByTestId('a2').querySelector('[data-code]')).toBeNull();
  });
});
