'use client';
import { useOptionalChatStore } from '../../react/ChatProvider';
import { useStoreSelector } from '../../react/useStoreSelector';
import { isChatBusy, type ChatState, type ChatStatus } from '../../store/ChatState';
import type { ChatStore } from '../../store/createChatStore';
import { outsideRootError } from '../internal/createPartContext';

/**
 * The store of the enclosing `Chat.Root` (or `ChatProvider`). Throws outside one, naming `consumer`,
 * because a part with no chat is a wiring mistake, not a state to render.
 */
export function useChatRootStore(consumer = 'useChatRootStore'): ChatStore {
  const store = useOptionalChatStore();
  if (!store) throw outsideRootError(consumer, '`Chat.Root`');
  return store;
}

const selectStatus = (state: ChatState) => state.status;

/** The chat's status; re-renders only when it changes. */
export function useChatStatus(consumer = 'useChatStatus'): ChatStatus {
  return useStoreSelector(useChatRootStore(consumer), selectStatus);
}

/** True while a turn is in flight; the store's definition, so every layer agrees. */
export const isBusy = isChatBusy;
