'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { ChatStore } from '../store/createChatStore';

// Pure: the built package shares one chunk among the React modules, and an app that imports only
// useChatStream must be able to drop this call with the provider it belongs to.
const ChatStoreContext = /* @__PURE__ */ createContext<ChatStore | null>(null);

/** Props of {@link ChatProvider}. */
export interface ChatProviderProps {
  /** The chat to share: the `store` returned by `useChatStream`, or one made with `createChatStore`. */
  store: ChatStore;
  /** The components that read the chat. */
  children?: ReactNode;
}

/** Shares a chat store with the components below it, for `useChatSelector` and `useChatMessage`. */
export function ChatProvider({ store, children }: ChatProviderProps) {
  return <ChatStoreContext.Provider value={store}>{children}</ChatStoreContext.Provider>;
}

/**
 * The store from the nearest {@link ChatProvider}. Throws when there is none, because a component that
 * reads a chat without one is a wiring mistake, not a state to render.
 */
export function useChatStore(): ChatStore {
  const store = useContext(ChatStoreContext);
  if (!store) throw new Error(outsideProviderMessage('useChatStore', false));
  return store;
}

/**
 * The error message of a hook used outside any chat, naming the hook the user called (not one it
 * calls inside) and the ways to give it a chat.
 */
export function outsideProviderMessage(hookName: string, takesStore: boolean): string {
  const where = `\`${hookName}()\` must be used within \`<ChatProvider>\` or a headless \`<Chat.Root>\``;
  return takesStore ? `${where}, or be given a \`store\` option.` : `${where}.`;
}

/** The store from the nearest {@link ChatProvider}, or `null` outside one. */
export function useOptionalChatStore(): ChatStore | null {
  return useContext(ChatStoreContext);
}
