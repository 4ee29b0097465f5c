import type { ChatActions, ChatState } from '../store/ChatState';
import type { ChatStore } from '../store/createChatStore';

// A Record, not a list, so that a field added to ChatState fails to compile until it is listed here.
const stateFields: Record<keyof ChatState, 0> = { messages: 0, status: 0, error: 0, agentState: 0, queue: 0 };

/**
 * One result of `useChatStream`: the chat's fields as getters over the store, and the record of what
 * they handed out. A component re-renders only when a field it read differs from what it was given.
 */
export interface TrackedChatState<R> {
  store: ChatStore;
  /** The value each field handed out, by field; fields never read are absent. */
  read: Map<keyof ChatState, unknown>;
  result: R;
}

/**
 * Builds a result whose state fields are read lazily from the store and remembered, so that the first
 * value a field gives is the one compared later. Reading the live store (rather than a state captured
 * when the result was made) keeps a field first read in an event handler current: the result was not
 * rebuilt while nobody watched that field.
 */
export function trackChatState<R>(store: ChatStore, actions: ChatActions): TrackedChatState<R> {
  const read = new Map<keyof ChatState, unknown>();
  const result = { ...actions, store } as Record<string, unknown>;
  for (const field of Object.keys(stateFields) as (keyof ChatState)[]) {
    Object.defineProperty(result, field, {
      enumerable: true,
      get() {
        if (!read.has(field)) read.set(field, store.getState()[field]);
        return read.get(field);
      },
    });
  }
  return { store, read, result: result as R };
}

/**
 * True when every field the result handed out still holds in `state`. Identity per field is enough:
 * the store replaces a field's object exactly when its content changed.
 */
export function isTrackedCurrent(tracked: TrackedChatState<unknown>, state: ChatState): boolean {
  for (const [field, value] of tracked.read) if (!Object.is(state[field], value)) return false;
  return true;
}
