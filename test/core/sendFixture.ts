import type { ChatState } from '../../src/store/ChatState';
import type { ChatMessage } from '../../src/message';
import { createChatStore } from '../../src/store/createChatStore';

/** The endpoint the store is pointed at; nothing listens there, the fetch below answers. */
export const FIXTURE_API = 'http://fixture.test/v1/chat/completions';

/** Ids the store hands out in order: the user message's, then the assistant message's. */
export const USER_MESSAGE_ID = 'user-1';

/** What one turn through the real store produced. */
export interface FixtureTurn {
  /** The final assistant message. */
  message: ChatMessage;
  /** The store state after `send` resolved. */
  state: ChatState;
  /** Every request the store made, with its body parsed as JSON. */
  requests: { url: string; method: string | undefined; headers: Record<string, string>; body: unknown }[];
}

/**
 * Sends `'hi'` through `createChatStore` (sync publishing, no retries) with a `fetch` that answers
 * every request with `body` as `text/event-stream`, and returns the final assistant message.
 * `assistantId` is the id the assistant message gets (tool calls without a server id derive theirs from it).
 */
export async function sendFixture(
  body: Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array<ArrayBuffer>>,
  assistantId: string,
): Promise<FixtureTurn> {
  const requests: FixtureTurn['requests'] = [];
  const ids = [USER_MESSAGE_ID, assistantId];
  const store = createChatStore({
    api: FIXTURE_API,
    throttle: 'sync',
    retry: false,
    generateId: () => ids.shift() ?? 'unexpected-extra-id',
    fetch: async (input, init) => {
      requests.push({
        url: String(input),
        method: init?.method,
        headers: { ...(init?.headers as Record<string, string>) },
        body: JSON.parse(String(init?.body)) as unknown,
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    },
  });
  await store.send('hi');
  const state = store.getState();
  const message = state.messages.at(-1);
  if (message?.role !== 'assistant') throw new Error('The turn left no assistant message.');
  return { message, state, requests };
}

/** `message` without `metadata.timing`, which depends on the wall clock. */
export function withoutTiming(message: ChatMessage): ChatMessage {
  const { timing: _timing, ...metadata } = message.metadata ?? {};
  return { ...message, metadata };
}
