'use client';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ChatActions, ChatState } from '../store/ChatState';
import type { ChatStoreOptions } from '../store/ChatStoreOptions';
import { createChatStore, type ChatStore } from '../store/createChatStore';
import { isTrackedCurrent, trackChatState, type TrackedChatState } from './trackChatState';

/** Options of {@link useChatStream}: store options for a chat of its own, or `{ store }` to share one. */
export type UseChatStreamOptions = (ChatStoreOptions & { store?: undefined }) | { store: ChatStore };

/** What {@link useChatStream} returns: the chat's data and actions, plus its store. */
export interface UseChatStreamResult extends ChatState, ChatActions {
  /** The underlying store, to share through `ChatProvider` or read with selectors. */
  store: ChatStore;
}

// The store's methods need no `this`, so these are stable for the store's lifetime.
const actionsOf = (store: ChatStore): ChatActions => ({
  send: store.send,
  continue: store.continue,
  stop: store.stop,
  regenerate: store.regenerate,
  retry: store.retry,
  edit: store.edit,
  setMessages: store.setMessages,
  addToolResult: store.addToolResult,
  approveToolCall: store.approveToolCall,
  denyToolCall: store.denyToolCall,
  clear: store.clear,
  removeQueued: store.removeQueued,
  sendQueuedNow: store.sendQueuedNow,
  resumeQueue: store.resumeQueue,
});

/**
 * Streams a chat from an OpenAI-compatible endpoint. The store is created once per component; options
 * given on later renders apply from the next request on. A chat the hook created is stopped (its
 * request aborted) when the component unmounts; a shared `store` is left running.
 *
 * The component re-renders only when a field it read during render changed (as TanStack Query's
 * tracked results do): a host that reads `status` renders on status changes, one that only hands
 * `store` to `Chat.Root` or `ChatWindow` renders once, and one that reads `messages` renders at most
 * once per flush period while an answer streams. Components that show one message should read it with
 * `useChatMessage` so that a token re-renders only that message.
 */
export function useChatStream(options: UseChatStreamOptions): UseChatStreamResult {
  const [ownStore] = useState(() => (options.store ? null : createChatStore(options)));
  const store = options.store ?? ownStore!;

  useEffect(() => {
    if (ownStore && !options.store) ownStore.setOptions(options);
  });

  useEffect(() => {
    if (!ownStore) return;
    return () => ownStore.stop();
  }, [ownStore]);

  const tracked = useRef<TrackedChatState<UseChatStreamResult> | null>(null);
  // The same result while every field it handed out is unchanged, so useSyncExternalStore skips the
  // render; a new one (with nothing read yet) otherwise. The actions are the store's own stable functions.
  const getSnapshot = (): UseChatStreamResult => {
    const current = tracked.current;
    if (current?.store === store && isTrackedCurrent(current, store.getState())) return current.result;
    return (tracked.current = trackChatState<UseChatStreamResult>(store, actionsOf(store))).result;
  };
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
