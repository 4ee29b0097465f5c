import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { createRef, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMessageText } from '../../src/message';
import { Action, Chat, Composer, Message, ToolCall, useMessage, useToolCall } from '../../src/headless';
import { useChatViewport } from '../../src/headless/scroll/ChatViewport';
import { useComposer } from '../../src/headless/composer/composerContext';

/** Calls a public hook during render, as a user's component would. */
function HookUser({ hook }: { hook: () => unknown }) {
  hook();
  return null;
}
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('"must be used within" errors', () => {
  const { store } = createPushableChat({ initialMessages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hi' }] }] });
  const inChat = (node: ReactNode) => <Chat.Root store={store}>{node}</Chat.Root>;
  const cases: Array<[string, ReactNode, string]> = [
    ['Chat.Messages', <Chat.Messages />, '`Chat.Messages` must be used within `Chat.Root`.'],
    ['Composer.Root', <Composer.Root />, '`Composer.Root` must be used within `Chat.Root`.'],
    // @ts-expect-error -- the props type requires `chat` or `store`; this is what plain JavaScript meets.
    ['Chat.Root', <Chat.Root />, '`Chat.Root` needs a `store` prop: `useCreateChatStore(options)`, or `store` of what `useChatStream` returns.'],
    ['Message.Content', inChat(<Message.Content />), '`Message.Content` must be used within `Message.Root` (or a `Chat.Messages` row).'],
    ['Message.Root', inChat(<Message.Root />), '`Message.Root` must be used within `Chat.Messages` (or be given a `messageId`).'],
    ['Action.Copy', inChat(<Action.Copy />), '`Action.Copy` must be used within `Message.Root` (or a `Chat.Messages` row).'],
    ['Action.Retry', inChat(<Action.Retry />), '`Action.Retry` must be used within `Message.Root` (or a `Chat.Messages` row).'],
    [
      'Action.Edit',
      // A row's render error is caught by its row; rethrowing from `renderError` lets it reach the test.
      inChat(<Chat.Messages render={() => <Action.Edit />} renderError={(error) => { throw error; }} />),
      '`Action.Edit` must be used within `Message.Root`.',
    ],
    ['Composer.Input', inChat(<Composer.Input />), '`Composer.Input` must be used within `Composer.Root`.'],
    ['Composer.Stop', inChat(<Composer.Stop />), '`Composer.Stop` must be used within `Composer.Root`.'],
    ['ToolCall.Name', inChat(<ToolCall.Name />), '`ToolCall.Name` must be used within `ToolCall.Root` (or `Message.ToolCalls`).'],
    ['ToolCall.Root', inChat(<ToolCall.Root />), '`ToolCall.Root` must be used within `Message.ToolCalls` (or be given a `call`).'],
    ['Chat.JumpToLatest', inChat(<Chat.JumpToLatest />), '`Chat.JumpToLatest` must be used within `Chat.Viewport`.'],
    [
      'Message.ReasoningTrigger',
      inChat(
        <Message.Root messageId="u1">
          <Message.ReasoningTrigger />
        </Message.Root>,
      ),
      '`Message.ReasoningTrigger` must be used within `Message.Reasoning` (or `Part.Reasoning`).',
    ],
    ['useMessage()', inChat(<HookUser hook={() => useMessage()} />), '`useMessage` must be used within `Message.Root` (or a `Chat.Messages` row).'],
    ['useComposer()', inChat(<HookUser hook={() => useComposer()} />), '`useComposer` must be used within `Composer.Root`.'],
    ['useToolCall()', inChat(<HookUser hook={() => useToolCall()} />), '`useToolCall` must be used within `ToolCall.Root` (or `Message.ToolCalls`).'],
    ['useChatViewport()', inChat(<HookUser hook={() => useChatViewport()} />), '`useChatViewport` must be used within `Chat.Viewport`.'],
  ];
  it.each(cases)('%s throws outside its parent, naming it', (_name, node, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<>{node}</>)).toThrow(message);
  });
});

describe('Chat.Empty and Chat.Suggestion', () => {
  it('shows the empty state until a suggestion is sent', async () => {
    const { store, server } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <Chat.Empty data-testid="empty">
          <Chat.Suggestion>What is SSE?</Chat.Suggestion>
          <Chat.Suggestion prompt="Explain tokens">Tokens</Chat.Suggestion>
        </Chat.Empty>
        <Chat.Messages />
      </Chat.Root>,
    );
    expect(screen.getByTestId('empty')).toBeTruthy();
    const suggestion = screen.getByRole('button', { name: 'Tokens' });
    expect(suggestion.getAttribute('type')).toBe('button');
    act(() => suggestion.click());
    await waitFor(() => expect(server.responses).toHaveLength(1));
    expect(server.last().body.messages).toEqual([{ role: 'user', content: 'Explain tokens' }]);
    expect(screen.queryByTestId('empty')).toBeNull();
  });
});

describe('asChild and refs', () => {
  it('renders parts as the given child element, merging props and forwarding refs', () => {
    const { store } = createPushableChat({ initialMessages: [{ id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Hi **there**' }] }] });
    const rootRef = createRef<HTMLDivElement>();
    const inputRef = createRef<HTMLTextAreaElement>();
    render(
      <Chat.Root store={store} ref={rootRef}>
        <Message.Root messageId="a1" asChild>
          <article className="bubble">
            <Message.Content asChild>
              <section className="text" />
            </Message.Content>
            <Action.Regenerate asChild>
              <a href="#again">Again</a>
            </Action.Regenerate>
          </article>
        </Message.Root>
        <Composer.Root asChild>
          <div data-testid="composer">
            <Composer.Input ref={inputRef} placeholder="Ask" />
            <Composer.Submit asChild>
              <span role="button">Go</span>
            </Composer.Submit>
          </div>
        </Composer.Root>
      </Chat.Root>,
    );
    expect(rootRef.current?.getAttribute('data-status')).toBe('idle');
    const article = document.querySelector('article')!;
    expect(article.className).toBe('bubble');
    expect(article.getAttribute('data-role')).toBe('assistant');
    const text = article.querySelector('section')!;
    expect([text.className, text.textContent, text.getAttribute('data-format')]).toEqual(['text', 'Hi there', 'markdown']);
    expect(text.querySelector('strong')?.textContent).toBe('there');
    const again = screen.getByRole('link', { name: 'Regenerate response' });
    expect(again.textContent).toBe('Again');
    expect(inputRef.current?.placeholder).toBe('Ask');
    expect(screen.getByTestId('composer').tagName).toBe('DIV');
  });

  it('sends from a Submit outside a form (Composer.Root asChild on a div)', () => {
    const { store } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <Composer.Root asChild defaultValue="Hello">
          <div>
            <Composer.Input />
            <Composer.Submit />
          </div>
        </Composer.Root>
      </Chat.Root>,
    );
    act(() => screen.getByRole('button', { name: 'Send message' }).click());
    expect(store.getState().messages.map(getMessageText)).toEqual(['Hello', '']);
  });
});
