import { createChatStore, type ChatStore } from '../../src/store/createChatStore';
import type { ChatStoreOptions } from '../../src/store/ChatStoreOptions';

/** One streamed response whose SSE frames the test pushes by hand. */
export interface PushableResponse {
  /** The parsed JSON body of the request. */
  body: { messages: Array<{ role: string; content: unknown }> } & Record<string, unknown>;
  /** Sends one OpenAI chunk with this `delta` (and `finish_reason`, if given). */
  delta(delta: Record<string, unknown>, finishReason?: string): void;
  /** Sends a text token. */
  text(token: string): void;
  /** Sends the finish chunk and `[DONE]`, then closes the body. */
  finish(reason?: string): void;
  /** Closes the body without `[DONE]` or a finish reason: the turn ends as an `'incomplete'` error. */
  cut(): void;
}

/** A fetch double for the chat store: every request gets a body stream the test writes into. */
export interface PushableFetch {
  fetch: typeof globalThis.fetch;
  /** Every response handed out, in request order. */
  responses: PushableResponse[];
  /** The latest response; throws if there was no request yet. */
  last(): PushableResponse;
}

/** Creates a {@link PushableFetch}. */
export function createPushableFetch(): PushableFetch {
  const responses: PushableResponse[] = [];
  const encoder = new TextEncoder();
  const fetch = async (_input: unknown, init?: RequestInit): Promise<Response> => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let closed = false;
    const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    const write = (data: string) => {
      if (!closed) controller.enqueue(encoder.encode(`data: ${data}\n\n`));
    };
    const close = () => {
      if (closed) return;
      closed = true;
      controller.close();
    };
    init?.signal?.addEventListener('abort', () => {
      if (closed) return;
      closed = true;
      controller.error(new DOMException('The operation was aborted.', 'AbortError'));
    });
    const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) =>
      write(JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finishReason }] }));
    responses.push({
      body: JSON.parse(String(init?.body)),
      delta: (delta, finishReason) => chunk(delta, finishReason),
      text: (token) => chunk({ content: token }),
      finish(reason = 'stop') {
        chunk({}, reason);
        write('[DONE]');
        close();
      },
      cut: close,
    });
    return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    responses,
    last() {
      const response = responses.at(-1);
      if (!response) throw new Error('No request was made yet.');
      return response;
    },
  };
}

/** A store on a {@link PushableFetch} that publishes every event at once and never retries. */
export function createPushableChat(options: Partial<ChatStoreOptions> = {}): { store: ChatStore; server: PushableFetch } {
  const server = createPushableFetch();
  const store = createChatStore({
    api: 'http://test/v1/chat/completions',
    fetch: server.fetch,
    throttle: 'sync',
    retry: false,
    ...options,
  });
  return { store, server };
}
