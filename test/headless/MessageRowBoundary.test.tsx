import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMessageText } from '../../src/message';
import { Chat, Message, type MessageComponentProps } from '../../src/headless';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';
import { ChatWindow } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function nested(depth: number): unknown {
  let value: unknown = { city: 'Paris' };
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

const deepArgs: ChatMessageInit[] = [
  { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Before the deep call' }] },
  {
    id: 'a1',
    role: 'assistant',
    parts: [
      { type: 'text', text: 'Calling the tool.' },
      { type: 'tool-call', toolCallId: 'call_1', toolName: 'deep_tool', argumentsText: '{}', args: nested(5000), state: 'ready', result: nested(5000) },
    ],
  },
  { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'After the deep call' }] },
];

describe('model output never takes the conversation down', () => {
  it('renders tool-call arguments and results nested 5,000 deep, bounded, next to the other rows (headless)', () => {
    const { store } = createPushableChat({ initialMessages: deepArgs });
    render(
      <Chat.Root store={store}>
        <Chat.Messages />
      </Chat.Root>,
    );
    expect(screen.getByText('Before the deep call')).toBeTruthy();
    expect(screen.getByText('After the deep call')).toBeTruthy();
    const call = document.querySelector('[data-tool-name="deep_tool"]')!;
    const args = call.querySelector('pre')!.textContent!;
    expect(args).toContain('{…}');
    expect(args.length).toBeLessThan(10_000);
  });

  it('renders the same conversation in ChatWindow (styled tool-call card)', () => {
    const { store } = createPushableChat({ initialMessages: deepArgs });
    render(<ChatWindow store={store} />);
    expect(screen.getByText('Before the deep call')).toBeTruthy();
    expect(screen.getByText('After the deep call')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'deep_tool' }).textContent).toContain('{…}');
  });

  it('replaces only a row whose render throws with a notice naming the message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store } = createPushableChat({
      initialMessages: [
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'First question' }] },
        { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'boom' }] },
        { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'Second question' }] },
      ],
    });
    const Assistant = ({ message }: MessageComponentProps) => {
      if (getMessageText(message) === 'boom') throw new Error('Renderer exploded');
      return <Message.Root />;
    };
    render(
      <Chat.Root store={store}>
        <Chat.Messages components={{ AssistantMessage: Assistant }} />
      </Chat.Root>,
    );
    expect(screen.getByText('First question')).toBeTruthy();
    expect(screen.getByText('Second question')).toBeTruthy();
    const notice = document.querySelector<HTMLElement>('[data-render-error]')!;
    expect(notice.getAttribute('data-message-id')).toBe('a1');
    expect(notice.getAttribute('role')).toBe('note');
    expect(notice.textContent).toBe('Message 2 (assistant) could not be shown: Renderer exploded');
  });

  it('lets the app render its own notice, and shows the row again once it renders', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store } = createPushableChat({ initialMessages: [{ id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'boom' }] }] });
    const Assistant = ({ message }: MessageComponentProps) => {
      if (getMessageText(message) === 'boom') throw new Error('Renderer exploded');
      return <Message.Root data-testid="row" />;
    };
    render(
      <Chat.Root store={store}>
        <Chat.Messages
          components={{ AssistantMessage: Assistant }}
          renderError={(error, message) => <p data-testid="custom">{`${message.id}: ${(error as Error).message}`}</p>}
        />
      </Chat.Root>,
    );
    expect(screen.getByTestId('custom').textContent).toBe('a1: Renderer exploded');
    store.setMessages([{ id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'fine now' }], status: 'complete' }]);
    expect(await screen.findByTestId('row')).toBeTruthy();
    expect(screen.queryByTestId('custom')).toBeNull();
  });

  it('in ChatWindow, a failing row shows the styled notice and the rest of the conversation stays', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store } = createPushableChat({
      initialMessages: [
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'First question' }] },
        { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'boom' }] },
      ],
    });
    const Assistant = ({ message }: MessageComponentProps) => {
      if (getMessageText(message) === 'boom') throw new Error('Renderer exploded');
      return null;
    };
    render(<ChatWindow store={store} components={{ AssistantMessage: Assistant }} />);
    expect(screen.getByText('First question')).toBeTruthy();
    const notice = screen.getByRole('note');
    expect(notice.parentElement?.className).toBe('rcs-messages');
    expect(notice.textContent).toBe('Message 2 (assistant) could not be shown: Renderer exploded');
  });
});
