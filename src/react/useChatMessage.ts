'use client';
import { useRef } from 'react';
import type { ChatMessage } from '../message';
import type { ChatState } from '../store/ChatState';
import type { ChatStore } from '../store/createChatStore';
import { useNamedChatSelector } from './useChatSelector';

/**
 * Reads one message by id and re-renders only when that message's object changes, which the store
 * guarantees happens only when that message changed. Returns `undefined` once the message is gone.
 */
export function useChatMessage(id: string, options: { store?: ChatStore } = {}): ChatMessage | undefined {
  // The message rarely moves, so checking its last position first keeps each row's lookup O(1) per
  // store update instead of a scan of the whole conversation per row.
  const lastIndex = useRef(-1);
  const select = (state: ChatState): ChatMessage | undefined => {
    const { messages } = state;
    const hinted = messages[lastIndex.current];
    if (hinted?.id === id) return hinted;
    lastIndex.current = messages.findIndex((message) => message.id === id);
    return messages[lastIndex.current];
  };
  return useNamedChatSelector('useChatMessage', select, options);
}
