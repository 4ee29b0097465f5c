import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chat } from '../../src/headless';
import { ChatWindow } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// `tsc --noEmit` checks this file: each `@ts-expect-error` fails the type check if the line compiles.
describe('the chat a ChatWindow shows is required', () => {
  it('rejects neither `chat` nor `store` at compile time, and names ChatWindow at run time', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // @ts-expect-error -- a ChatWindow without a chat is a type error.
    expect(() => render(<ChatWindow title="Assistant" />)).toThrow(
      '`ChatWindow` needs a `chat` (what `useChatStream` returns) or a `store` prop.',
    );
  });

  it('rejects a Chat.Root without a chat at compile time', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // @ts-expect-error -- a Chat.Root without a chat is a type error.
    expect(() => render(<Chat.Root />)).toThrow('`Chat.Root` needs a');
  });

  it('accepts `chat`, `store` or both', () => {
    const { store } = createPushableChat();
    render(
      <>
        <ChatWindow chat={{ store }} aria-label="by chat" />
        <ChatWindow store={store} aria-label="by store" />
        <ChatWindow chat={{ store }} store={store} aria-label="by both" />
      </>,
    );
    const windows = [...document.querySelectorAll('.rcs-chat')];
    expect(windows.map((section) => section.getAttribute('aria-label'))).toEqual([
      'by chat',
      'by store',
      'by both',
    ]);
  });
});
