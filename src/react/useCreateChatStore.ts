'use client';
import { useEffect, useState } from 'react';
import type { ChatStoreOptions } from '../store/ChatStoreOptions';
import { createChatStore, type ChatStore } from '../store/createChatStore';

/**
 * Creates a chat store once per component and returns it without subscribing: the component that
 * calls it does not re-render while an answer streams, only the parts given the store do (for
 * example `<ChatWindow store={store} />`). Options from later renders apply from the next request on;
 * the turn in flight is stopped when the component unmounts. Use `useChatStream` instead to read the
 * chat's data in the same component.
 */
export function useCreateChatStore(options: ChatStoreOptions): ChatStore {
  const [store] = useState(() => createChatStore(options));

  useEffect(() => {
    store.setOptions(options);
  });

  useEffect(() => () => store.stop(), [store]);

  return store;
}
