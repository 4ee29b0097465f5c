import type { ChatPart, FilePart } from '../message';
import { checkAttachments } from '../protocols/checkAttachments';
import { openAIChatProtocol } from '../protocols/openai-chat/openAIChatProtocol';
import type { ChatActions, ChatTurnResult } from './ChatState';
import { callSafely, ignored, type ChatStoreContext } from './ChatStoreContext';
import { createSendQueue } from './createSendQueue';
import type { TurnRunner } from './createTurnRunner';

/** `send` and the queue actions of a chat store, with the hooks the rest of the store drives the queue by. */
export interface SendActions {
  actions: Pick<ChatActions, 'send' | 'removeQueued' | 'sendQueuedNow' | 'resumeQueue'>;
  /** Sends the next queued message: the latest turn completed and nothing waits for an answer. */
  drain(): void;
  /** Drops every queued message (their `send` promises resolve to `'ignored'`); the caller publishes the empty queue. */
  clearQueue(): void;
}

/**
 * Creates `send`: a user message becomes a turn at once, or, under `whenBusy: 'queue'` while a turn is
 * in flight, waits in `ChatState.queue`. Attachments are checked against the protocol before anything
 * is sent or queued.
 */
export function createSendActions({ get, set, options, generateId }: ChatStoreContext, turns: TurnRunner): SendActions {
  const sendMessage = ({ id, text, files }: { id: string; text: string; files: readonly FilePart[] }): Promise<ChatTurnResult> => {
    turns.interrupt();
    const parts: ChatPart[] = text === '' ? [...files] : [{ type: 'text', text }, ...files];
    return turns.run([...get().messages, { id, role: 'user', parts, status: 'complete' }]);
  };
  const queue = createSendQueue({ publish: (next) => set({ queue: next }), sendNow: sendMessage });

  const actions: SendActions['actions'] = {
    send(input) {
      const text = typeof input === 'string' ? input : (input?.text ?? '');
      const files = typeof input === 'object' ? (input.files ?? []) : [];
      // A blank message is a stray Enter, not a request: continuing the conversation is `continue()`.
      if (text.trim() === '' && files.length === 0) return ignored();
      const opts = options();
      if (files.length > 0) {
        const protocol = opts.protocol ?? openAIChatProtocol;
        const refused = checkAttachments(files, opts.attachments ?? protocol.attachments, protocol.name);
        if (refused) {
          // Nothing was sent: a turn in flight goes on, and the chat shows the error only when idle.
          if (!turns.active()) set({ status: 'error', error: refused });
          callSafely(() => opts.onError?.(refused, undefined));
          return Promise.resolve('error');
        }
      }
      const id = typeof input === 'object' && input.id ? input.id : generateId();
      if (opts.whenBusy === 'queue' && turns.busy()) return queue.add(files.length > 0 ? { id, text, files } : { id, text });
      return sendMessage({ id, text, files });
    },
    removeQueued: (id) => queue.remove(id),
    sendQueuedNow: (id) => queue.sendNow(id),
    resumeQueue: () => (turns.busy() ? ignored() : queue.next()),
  };
  return { actions, drain: () => void queue.next(), clearQueue: () => queue.clear() };
}
