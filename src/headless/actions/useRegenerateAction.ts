'use client';
import type { ActionHandle } from './ActionHandle';
import { isLive, useMessage } from '../message/messageContext';
import { useChatRootStore } from '../chat/useChatRootStore';

/**
 * Answers again from this assistant message: drops it and everything after it, then streams a new
 * answer (`regenerate(id)`). `null` for other roles; disabled while the message streams.
 */
export function useRegenerateAction(): ActionHandle | null {
  const store = useChatRootStore('useRegenerateAction');
  const message = useMessage('useRegenerateAction');
  if (message.role !== 'assistant') return null;
  return {
    disabled: isLive(message),
    onClick: () => void store.regenerate(message.id),
  };
}
