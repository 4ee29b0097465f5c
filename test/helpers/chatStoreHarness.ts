import type { ServerResponse } from 'node:http';
import { getMessageText } from '../../src/message';
import type { ChatStore } from '../../src/store/createChatStore';
import type { ChatState } from '../../src/store/ChatState';
import type { TestServer } from './startTestServer';

/**
 * Resolves with the first state (the current one included) that satisfies `predicate`. Rejects after
 * `timeoutMs` with `label` and the last state, so a test whose condition never holds fails with a
 * readable reason instead of hitting the runner's timeout. The limit is a hang guard, not an assertion
 * on speed.
 */
export function waitForState(
  store: ChatStore,
  predicate: (state: ChatState) => boolean,
  label = 'state',
  timeoutMs = 3_000,
): Promise<ChatState> {
  return new Promise((resolve, reject) => {
    const current = store.getState();
    if (predicate(current)) return resolve(current);
    const timer = setTimeout(() => {
      unsubscribe();
      const { status, messages } = store.getState();
      const summary = messages.map((m) => `${m.role}:${m.status}:${JSON.stringify(getMessageText(m))}`).join(', ');
      reject(new Error(`Timed out waiting for ${label}; status ${status}, messages [${summary}]`));
    }, timeoutMs);
    const unsubscribe = store.subscribe((state) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(state);
    });
  });
}

/** Waits until the last message's text is `text`, whatever its status. */
export function waitForText(store: ChatStore, text: string): Promise<ChatState> {
  return waitForState(store, (state) => (state.messages.at(-1) ? getMessageText(state.messages.at(-1)!) : undefined) === text, `text ${JSON.stringify(text)}`);
}

/** Resolves when the client closed the response (a handler that never ends its stream waits on this). */
export function untilClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.closed) return resolve();
    res.once('close', () => resolve());
  });
}

/** The JSON body of request `index` that `server` received. */
export function requestBody(server: TestServer, index: number): Record<string, unknown> {
  const text = server.bodies[index];
  if (text === undefined) throw new Error(`The server has no request ${index}.`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** The `messages` of request `index`, in the OpenAI form the server got. */
export function requestMessages(server: TestServer, index: number): unknown[] {
  return requestBody(server, index).messages as unknown[];
}
