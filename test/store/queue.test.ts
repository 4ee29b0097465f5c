import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { getMessageText } from '../../src/message';
import { createChatStore } from '../../src/store/createChatStore';
import { requestMessages, untilClosed, waitForState, waitForText } from '../helpers/chatStoreHarness';
import { createDeferred, type Deferred } from '../helpers/deferred';
import { completion, done, errorFrame, finishChunk, textChunk, toolCallChunk } from '../helpers/openaiFrames';
import { writeSse } from '../helpers/sse';
import { serveForEachTest, type TestServer } from '../helpers/startTestServer';

const serve = serveForEachTest();

/**
 * A server whose answer `i` streams `answer i`, then waits for `release[i]` before finishing (or, with
 * `hold`, until the client goes away). It records how many requests were open at once.
 */
async function gatedServer(count: number, finish: (res: ServerResponse, index: number) => Promise<void> = async () => {}) {
  const release: Deferred<void>[] = Array.from({ length: count }, () => createDeferred());
  const arrived: Deferred<void>[] = Array.from({ length: count }, () => createDeferred());
  let open = 0;
  let mostOpen = 0;
  const server = await serve(async (_req, res, index) => {
    open += 1;
    mostOpen = Math.max(mostOpen, open);
    res.once('close', () => (open -= 1));
    arrived[index]?.resolve();
    await writeSse(res, [textChunk(`answer ${index}`)], { end: false });
    await finish(res, index);
    if (res.writableEnded) return;
    await Promise.race([release[index]!.promise, untilClosed(res)]);
    await writeSse(res, completion([]));
  });
  return { server, release, arrived, mostOpen: () => mostOpen };
}

/** The text of the last user message of request `index`. */
const lastUserText = (server: TestServer, index: number) => {
  const messages = requestMessages(server, index) as { role: string; content: unknown }[];
  return messages.findLast((message) => message.role === 'user')?.content;
};

const transcript = (store: ReturnType<typeof createChatStore>) =>
  store.getState().messages.map((message) => `${message.role}:${message.status}:${getMessageText(message)}`);

describe("createChatStore whenBusy: 'queue'", () => {
  it('holds messages sent during a turn and sends them in order, one request at a time', async () => {
    const { server, release, arrived, mostOpen } = await gatedServer(3);
    const store = createChatStore({ api: server.url, throttle: 'sync', whenBusy: 'queue' });
    const first = store.send('A');
    await waitForText(store, 'answer 0');
    let secondResult: string | undefined;
    const second = store.send({ text: 'B', id: 'b' }).then((result) => (secondResult = result));
    const third = store.send({ text: 'C', id: 'c' });

    expect(store.getState().queue).toEqual([{ id: 'b', text: 'B' }, { id: 'c', text: 'C' }]);
    expect(server.requests).toBe(1);
    expect(transcript(store)).toEqual(['user:complete:A', 'assistant:streaming:answer 0']);

    release[0]!.resolve();
    expect(await first).toBe('complete');
    await arrived[1]!.promise;
    expect(store.getState().queue).toEqual([{ id: 'c', text: 'C' }]);
    expect(lastUserText(server, 1)).toBe('B');
    // B's promise waits for B's own turn, not for the turn it queued behind.
    expect(secondResult).toBeUndefined();

    release[1]!.resolve();
    expect(await second).toBe('complete');
    await arrived[2]!.promise;
    expect(lastUserText(server, 2)).toBe('C');
    release[2]!.resolve();
    expect(await third).toBe('complete');

    expect(server.requests).toBe(3);
    expect(mostOpen()).toBe(1);
    expect(store.getState().queue).toEqual([]);
    expect(transcript(store)).toEqual([
      'user:complete:A',
      'assistant:complete:answer 0',
      'user:complete:B',
      'assistant:complete:answer 1',
      'user:complete:C',
      'assistant:complete:answer 2',
    ]);
    expect(store.getState().messages.filter((m) => m.role === 'user').map((m) => m.id).slice(1)).toEqual(['b', 'c']);
  });

  it('removeQueued drops a message unsent and resolves its send to ignored', async () => {
    const { server, release, arrived } = await gatedServer(2);
    const store = createChatStore({ api: server.url, throttle: 'sync', whenBusy: 'queue' });
    const first = store.send('A');
    await waitForText(store, 'answer 0');
    const removed = store.send({ text: 'B', id: 'b' });
    const kept = store.send({ text: 'C', id: 'c' });

    store.removeQueued('b');
    expect(await removed).toBe('ignored');
    expect(store.getState().queue).toEqual([{ id: 'c', text: 'C' }]);

    release[0]!.resolve();
    await first;
    await arrived[1]!.promise;
    release[1]!.resolve();
    expect(await kept).toBe('complete');
    expect(server.requests).toBe(2);
    expect(server.bodies.some((body) => body.includes('"B"'))).toBe(false);
    expect(transcript(store)).toEqual(['user:complete:A', 'assistant:complete:answer 0', 'user:complete:C', 'assistant:complete:answer 1']);
  });

  it('sendQueuedNow stops the running turn, keeps its partial answer, sends that message next and the rest after', async () => {
    const { server, release, arrived } = await gatedServer(3);
    const store = createChatStore({ api: server.url, throttle: 'sync', whenBusy: 'queue' });
    const first = store.send('A');
    await waitForText(store, 'answer 0');
    const later = store.send({ text: 'B', id: 'b' });
    const steered = store.send({ text: 'C', id: 'c' });

    const now = store.sendQueuedNow('c');
    expect(await first).toBe('stopped');
    await server.closed[0];
    await arrived[1]!.promise;
    expect(store.getState().queue).toEqual([{ id: 'b', text: 'B' }]);
    // The model sees the stopped partial answer, then the steering message.
    expect(requestMessages(server, 1)).toEqual([
      { role: 'user', content: 'A' },
      { role: 'assistant', content: 'answer 0' },
      { role: 'user', content: 'C' },
    ]);

    release[1]!.resolve();
    expect(await now).toBe('complete');
    expect(await steered).toBe('complete');
    await arrived[2]!.promise;
    expect(lastUserText(server, 2)).toBe('B');
    release[2]!.resolve();
    expect(await later).toBe('complete');
    expect(transcript(store)).toEqual([
      'user:complete:A',
      'assistant:stopped:answer 0',
      'user:complete:C',
      'assistant:complete:answer 1',
      'user:complete:B',
      'assistant:complete:answer 2',
    ]);
    expect(await store.sendQueuedNow('b')).toBe('ignored');
  });

  it.each([
    ['fails', 'error'],
    ['is stopped', 'stopped'],
  ] as const)('leaves the queue when a turn %s, until resumeQueue', async (_name, ending) => {
    const failing = async (res: ServerResponse, index: number) => {
      if (index === 0 && ending === 'error') await writeSse(res, [errorFrame('boom')]);
    };
    const { server, release, arrived } = await gatedServer(2, failing);
    const store = createChatStore({ api: server.url, throttle: 'sync', whenBusy: 'queue', retry: false });
    const first = store.send('A');
    await waitForText(store, 'answer 0');
    const queued = store.send({ text: 'B', id: 'b' });

    if (ending === 'stopped') store.stop();
    expect(await first).toBe(ending);
    await server.closed[0];
    // Give a wrongly started drain the time to reach the server.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toBe(1);
    expect(store.getState().queue).toEqual([{ id: 'b', text: 'B' }]);
    expect(store.getState().messages.at(-1)).toMatchObject({ role: 'assistant', status: ending, parts: [{ type: 'text', text: 'answer 0' }] });

    const resumed = store.resumeQueue();
    await arrived[1]!.promise;
    expect(lastUserText(server, 1)).toBe('B');
    expect(await store.resumeQueue()).toBe('ignored');
    release[1]!.resolve();
    expect(await resumed).toBe('complete');
    expect(await queued).toBe('complete');
    expect(store.getState().queue).toEqual([]);
  });

  it('waits while the finished answer has a tool call without a result, and drains after the turn that answers it', async () => {
    const release = createDeferred();
    const server = await serve(async (_req, res, index) => {
      if (index > 0) return writeSse(res, completion([`answer ${index}`]));
      await writeSse(res, [toolCallChunk({ index: 0, id: 'call_1', name: 'pick_date', arguments: '{}' })], { end: false });
      await release.promise;
      await writeSse(res, [finishChunk('tool_calls'), done()]);
    });
    const store = createChatStore({ api: server.url, throttle: 'sync', whenBusy: 'queue', sendToolResults: 'auto' });
    const first = store.send('A');
    await waitForState(store, (state) => state.status === 'streaming', 'streaming');
    const queued = store.send({ text: 'B', id: 'b' });
    release.resolve();
    expect(await first).toBe('complete');
    // A user message may not follow an unanswered call: the queue holds until the app answers it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toBe(1);
    expect(store.getState().queue).toEqual([{ id: 'b', text: 'B' }]);

    store.addToolResult({ toolCallId: 'call_1', result: '2026-11-27' });
    expect(await queued).toBe('complete');
    expect(server.requests).toBe(3);
    expect(lastUserText(server, 2)).toBe('B');
    expect(transcript(store)).toEqual(['user:complete:A', 'assistant:complete:', 'assistant:complete:answer 1', 'user:complete:B', 'assistant:complete:answer 2']);
  });

  it("by default ('interrupt') a send during a turn stops it and goes at once, queueing nothing", async () => {
    const { server, release, arrived } = await gatedServer(2);
    const store = createChatStore({ api: server.url, throttle: 'sync' });
    const first = store.send('A');
    await waitForText(store, 'answer 0');
    const second = store.send('B');
    expect(store.getState().queue).toEqual([]);
    expect(await first).toBe('stopped');
    await arrived[1]!.promise;
    release[1]!.resolve();
    expect(await second).toBe('complete');
    expect(transcript(store)).toEqual(['user:complete:A', 'assistant:stopped:answer 0', 'user:complete:B', 'assistant:complete:answer 1']);
  });

  it('clear() drops the queue and rejects an unknown whenBusy', async () => {
    const { server } = await gatedServer(1);
    const store = createChatStore({ api: server.url, throttle: 'sync', whenBusy: 'queue' });
    const first = store.send('A');
    await waitForState(store, (state) => state.status === 'streaming', 'streaming');
    const queued = store.send('B');
    store.clear();
    expect(await queued).toBe('ignored');
    expect(await first).toBe('stopped');
    expect(store.getState()).toMatchObject({ messages: [], queue: [] });
    expect(() => createChatStore({ api: server.url, whenBusy: 'later' as 'queue' })).toThrow(/whenBusy/);
  });
});
