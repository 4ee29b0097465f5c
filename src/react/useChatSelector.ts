'use client';
import type { ChatState } from '../store/ChatState';
import type { ChatStore } from '../store/createChatStore';
import { outsideProviderMessage, useOptionalChatStore } from './ChatProvider';
import { useStoreSelector, type EqualityFn } from './useStoreSelector';

/** Options of {@link useChatSelector}. */
export interface UseChatSelectorOptions<T> {
  /** Read this store instead of the one from `ChatProvider`. */
  store?: ChatStore;
  /** Treats equal selections as unchanged, so the component does not render; `Object.is` by default. */
  isEqual?: EqualityFn<T>;
}

/**
 * Reads part of the chat and re-renders only when that part changes, for example
 * `useChatSelector((chat) => chat.status)`.
 */
export function useChatSelector<T>(selector: (state: ChatState) => T, options: UseChatSelectorOptions<T> = {}): T {
  return useNamedChatSelector('useChatSelector', selector, options);
}

/** {@link useChatSelector} for the hooks built on it, whose errors must name the hook the user called. */
export function useNamedChatSelector<T>(
  hookName: string,
  selector: (state: ChatState) => T,
  options: UseChatSelectorOptions<T>,
): T {
  const contextStore = useOptionalChatStore();
  const store = options.store ?? contextStore;
  if (!store) throw new Error(outsideProviderMessage(hookName, true));
  return useStoreSelector(store, selector, options.isEqual);
}

/** Compares two id lists element by element. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The ids of the messages, with a stable identity while only message contents change, so that a list
 * built from it does not re-render on every token.
 */
export function useChatMessageIds(options: Omit<UseChatSelectorOptions<string[]>, 'isEqual'> = {}): string[] {
  return useNamedChatSelector('useChatMessageIds', (state) => state.messages.map((message) => message.id), {
    ...options,
    isEqual: sameIds,
  });
}
