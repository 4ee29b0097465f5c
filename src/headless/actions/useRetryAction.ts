'use client';
import { useStoreSelector } from '../../react/useStoreSelector';
import type { ActionHandle } from './ActionHandle';
import { useMessage } from '../message/messageContext';
import { useChatRootStore } from '../chat/useChatRootStore';

/**
 * Re-runs the failed last turn (`retry()`). `null` unless this message failed and is the last one:
 * the store retries only the last turn, and an older failure is stale once the chat moved on.
 */
export function useRetryAction(): ActionHandle | null {
  const store = useChatRootStore('useRetryAction');
  const message = useMessage('useRetryAction');
  // A boolean selection, so this re-renders only when the message stops (or starts) being the last.
  const isLast = useStoreSelector(store, (state) => state.messages.at(-1)?.id === message.id);
  if (message.status !== 'error' || !isLast) return null;
  return { onClick: () => void store.retry() };
}
