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
      '`ChatWindow` needs a `store` prop: `useCreateChatStore(options)`, or `store` of what `useChatStream` returns.',
    );
  });

  it('rejects a Chat.Root without a chat at compile time', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // @ts-expect-error -- a Chat.Root without a chat is a type error.
    expect(() => render(<Chat.Root />)).toThrow('`Chat.Root` needs a');
  });

  it('takes its chat through one prop, `store`, and names it when given the whole hook result instead', () => {
    const { store } = createPushableChat();
    render(<ChatWindow store={store} aria-label="by store" />);
    expect(document.querySelector('.rcs-chat')?.getAttribute('aria-label')).toBe('by store');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A JavaScript app passing what useChatStream returns: a clear error rather than a broken window.
    const hookResult = { store, messages: [] } as unknown as typeof store;
    expect(() => render(<Chat.Root store={hookResult} />)).toThrow('`Chat.Root` needs a `store` prop');
  });
});
