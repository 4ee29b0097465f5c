import type { FilePart } from '../message';
import type { ChatTurnResult, QueuedMessage } from './ChatState';

/** What the queue needs from its store. */
export interface SendQueueHost {
  /** Publishes the queue as `ChatState.queue`. */
  publish(queue: readonly QueuedMessage[]): void;
  /** Sends a message at once, the way `send` does when nothing is in flight (stopping a turn in flight). */
  sendNow(message: { id: string; text: string; files: readonly FilePart[] }): Promise<ChatTurnResult>;
}

/** The messages `send` holds back under `whenBusy: 'queue'`, each with the promise its `send` returned. */
export interface SendQueue {
  /** Appends a message (`'ignored'` if its id is queued already); resolves when that message's own turn ends, or to `'ignored'` if it is removed. */
  add(message: QueuedMessage): Promise<ChatTurnResult>;
  /** Drops a queued message; its `send` resolves to `'ignored'`. */
  remove(id: string): void;
  /** Takes a message out of the queue and sends it at once; `'ignored'` for an id not queued. */
  sendNow(id: string): Promise<ChatTurnResult>;
  /** Sends the first queued message, if any; `'ignored'` when the queue is empty. */
  next(): Promise<ChatTurnResult>;
  /** Drops every queued message; the caller publishes the empty queue, with the rest of its change. */
  clear(): void;
}

/**
 * Creates the send queue of a chat store. The store decides when it drains (a turn that ended
 * `'complete'`, nothing in flight); the queue only keeps the order and settles each `send` promise
 * with the outcome of that message's own turn.
 */
export function createSendQueue(host: SendQueueHost): SendQueue {
  let queue: readonly QueuedMessage[] = [];
  // Resolvers live outside `queue` so that `ChatState.queue` stays plain data.
  const settle = new Map<string, (result: ChatTurnResult) => void>();

  const take = (id: string): QueuedMessage | undefined => {
    const message = queue.find((candidate) => candidate.id === id);
    if (!message) return undefined;
    queue = queue.filter((candidate) => candidate !== message);
    host.publish(queue);
    return message;
  };

  const sendNow = (id: string): Promise<ChatTurnResult> => {
    const message = take(id);
    if (!message) return Promise.resolve('ignored');
    const result = host.sendNow({ id: message.id, text: message.text, files: message.files ?? [] });
    const resolve = settle.get(id);
    settle.delete(id);
    void result.then(resolve);
    return result;
  };

  return {
    add(message) {
      // A second message under an id already queued would orphan the first one's promise.
      if (settle.has(message.id)) return Promise.resolve('ignored');
      queue = [...queue, message];
      host.publish(queue);
      return new Promise((resolve) => settle.set(message.id, resolve));
    },
    remove(id) {
      if (!take(id)) return;
      settle.get(id)?.('ignored');
      settle.delete(id);
    },
    sendNow,
    next: () => (queue[0] ? sendNow(queue[0].id) : Promise.resolve('ignored')),
    clear() {
      const dropped = queue;
      queue = [];
      for (const message of dropped) settle.get(message.id)?.('ignored');
      settle.clear();
    },
  };
}
