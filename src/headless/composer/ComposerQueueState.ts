'use client';
import { getToolCalls } from '../../message';
import { useStoreSelector } from '../../react/useStoreSelector';
import { isChatBusy, type ChatState, type QueuedMessage } from '../../store/ChatState';
import { useChatRootStore } from '../chat/useChatRootStore';

/** Why a send queue stopped draining: the last turn failed, or was stopped (or its message removed). */
export type ComposerQueuePause = 'error' | 'stopped';

/**
 * Where the send queue stands: `'waiting'` while it drains by itself (a turn in flight, or a tool call
 * still to be answered or approved), `'paused'` once a turn ended without completing, when the store
 * leaves the next message for the user to send (`resumeQueue`).
 */
export type ComposerQueueState = 'waiting' | 'paused';

/** The send queue as `Composer.Queue` and its parts read it. */
export interface ComposerQueue {
  /** The queued messages, oldest first (`ChatState.queue`). */
  items: readonly QueuedMessage[];
  /** See {@link ComposerQueueState}. */
  state: ComposerQueueState;
  /** Why it is paused; `undefined` while `state` is `'waiting'`. */
  pausedBy: ComposerQueuePause | undefined;
}

const selectQueue = (state: ChatState) => state.queue;

// Mirrors the store's drain rule (createChatStore): the queue moves on by itself only after a complete
// turn with no call left unanswered, so anything else that leaves it idle with messages queued is a pause.
const selectPause = (state: ChatState): ComposerQueuePause | null => {
  if (state.queue.length === 0 || isChatBusy(state.status)) return null;
  if (state.status === 'error') return 'error';
  const last = state.messages.at(-1);
  if (last?.status === 'error') return 'error';
  if (last?.status === 'complete' && last.role === 'assistant') {
    const waiting = getToolCalls(last).some((call) => call.result === undefined && !call.providerExecuted);
    if (waiting) return null;
  }
  return 'stopped';
};

/**
 * The send queue of the enclosing chat, with its drain state. Re-renders when the queue or the pause
 * changes, never on a streamed token. Throws outside `Chat.Root`, naming `consumer`.
 */
export function useComposerQueue(consumer = 'useComposerQueue'): ComposerQueue {
  const store = useChatRootStore(consumer);
  const items = useStoreSelector(store, selectQueue);
  const pausedBy = useStoreSelector(store, selectPause) ?? undefined;
  return { items, state: pausedBy ? 'paused' : 'waiting', pausedBy };
}

const MAX_SUMMARY = 40;

/** What a queued message shows: its text, or its files' names (`fallback` for one without) when it has none. */
export function getQueuedText(item: QueuedMessage, fallback: string): string {
  if (item.text.trim() !== '') return item.text;
  return (item.files ?? []).map((file) => file.name ?? fallback).join(', ') || fallback;
}

/**
 * A short name for a queued message, for its buttons' accessible names: what it shows, on one line,
 * cut at 40 characters.
 */
export function summarizeQueued(item: QueuedMessage, fallback: string): string {
  const text = getQueuedText(item, fallback).replace(/\s+/g, ' ').trim();
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}
