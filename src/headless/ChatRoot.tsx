'use client';
import { Slot } from '@radix-ui/react-slot';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { ChatProvider } from '../react/ChatProvider';
import { useStoreSelector } from '../react/useStoreSelector';
import type { ChatState } from '../store/ChatState';
import type { ChatStore } from '../store/createChatStore';

/** Props of {@link ChatRoot}: give `chat` (what `useChatStream` returns) or `store`. */
export interface ChatRootProps extends ComponentPropsWithoutRef<'div'> {
  /** The chat to show: the result of `useChatStream`. */
  chat?: { store: ChatStore };
  /** Or a store made with `createChatStore`. Wins over `chat` when both are given. */
  store?: ChatStore;
  /** Renders the child element instead of a `div`, merging props onto it. */
  asChild?: boolean;
}

const selectStatus = (state: ChatState) => state.status;

/**
 * The root of a chat UI: shares the chat's store with every part below it and renders a `div` with
 * `data-status` (`idle` | `submitted` | `streaming` | `error`).
 */
export const ChatRoot = forwardRef<HTMLDivElement, ChatRootProps>(function ChatRoot(
  { chat, store: givenStore, asChild, ...props },
  ref,
) {
  const store = givenStore ?? chat?.store;
  if (!store) throw new Error('Chat.Root needs a `chat` (the result of useChatStream) or a `store`.');
  // Only the status is read here, so a token re-renders nothing at the root.
  const status = useStoreSelector(store, selectStatus);
  const Component = asChild ? Slot : 'div';
  return (
    <ChatProvider store={store}>
      <Component data-status={status} {...props} ref={ref} />
    </ChatProvider>
  );
});
