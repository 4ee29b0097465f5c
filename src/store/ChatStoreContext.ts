import type { StoreApi } from 'zustand/vanilla';
import type { ChatState, ChatTurnResult } from './ChatState';
import type { ChatStoreOptions } from './ChatStoreOptions';

/**
 * What the parts of a chat store share: the zustand state (only the store's own actions write it), the
 * options in force and the id source. Each part reads `options()` when it runs, so `setOptions` applies
 * from the next request on without rebuilding anything.
 */
export interface ChatStoreContext {
  get: StoreApi<ChatState>['getState'];
  set: StoreApi<ChatState>['setState'];
  options(): ChatStoreOptions;
  generateId(): string;
}

/** The outcome of an action that did nothing (nothing to answer, an unknown id, blank text). */
export const ignored = (): Promise<ChatTurnResult> => Promise.resolve('ignored');

/** Calls an app callback; a throw surfaces as an uncaught error but never turns a settled turn into a rejected `send` promise. */
export const callSafely = (callback: () => void): void => {
  try {
    callback();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
};
