import { describe, expect, it, vi } from 'vitest';
import { getMessageText, getToolCalls, type ChatMessage } from '../../src/message';
import { createChatStore } from '../../src/store/createChatStore';
import { requestBody, requestMessages } from '../helpers/chatStoreHarness';
import { createDeferred } from '../helpers/deferred';
import { completion, errorFrame, textChunk, toolCallChunk, finishChunk, done } from '../helpers/openaiFrames';
import { sendJson, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { toolCallAnswer } from './agentFrames';

const serve = serveForEachTest();
const turnOf = (messages: ChatMessage[]): ChatMessage => messages.findLast((message) => message.role === 'assistant')!;

describe('retry() of an agent turn goes on from the step where it broke', () => {
  it('re-sends only the step whose stream failed, dropping its partial text; the tools that ran never run again', async () => {
    const s = await serve((_req, res, index) => {
      if (index === 0) return writeSse(res, toolCallAnswer('call_find', 'find_table', '{"city":"Oslo"}'));
      if (index === 1) return writeSse(res, toolCallAnswer('call_book', 'book_table', '{"id":7}'));
      if (index === 2) return writeSse(res, [textChunk('Reserving…'), errorFrame('upstream overloaded')]);
      return writeSse(res, completion(['Booked your table.']));
    });
    const find = vi.fn(() => ({ id: 7 }));
    const book = vi.fn(() => ({ booked: true }));
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false, tools: { find_table: { execute: find }, book_table: { execute: book } } });

    expect(await store.send('Book a table in Oslo')).toBe('error');
    const failed = turnOf(store.getState().messages);
    expect(getMessageText(failed)).toContain('Reserving…');
    expect(s.requests).toBe(3);

    expect(await store.retry()).toBe('complete');

    expect(s.requests).toBe(4);
    expect(find).toHaveBeenCalledTimes(1);
    expect(book).toHaveBeenCalledTimes(1);
    // The very request of the failed step, once more.
    expect(requestMessages(s, 3)).toStrictEqual(requestMessages(s, 2));
    const { messages, status, error } = store.getState();
    expect(status).toBe('idle');
    expect(error).toBeUndefined();
    expect(messages).toHaveLength(2);
    const turn = messages[1]!;
    expect(turn.id).toBe(failed.id);
    expect(turn.status).toBe('complete');
    expect(turn.metadata?.error).toBeUndefined();
    expect(turn.parts.map((part) => part.type)).toStrictEqual(['tool-call', 'step-start', 'tool-call', 'step-start', 'text']);
    expect(getToolCalls(turn).map((call) => call.result)).toStrictEqual([{ id: 7 }, { booked: true }]);
    expect(getMessageText(turn)).not.toContain('Reserving');
    expect(turn.parts.at(-1)).toStrictEqual({ type: 'text', text: 'Booked your table.' });
  });

  it('re-sends a step refused with an HTTP error, and the turn goes on through its later steps', async () => {
    const s = await serve((_req, res, index) => {
      if (index === 0) return writeSse(res, toolCallAnswer('call_1', 'lookup', '{}'));
      if (index === 1) return sendJson(res, 503, { error: { message: 'try later' } });
      if (index === 2) return writeSse(res, toolCallAnswer('call_2', 'lookup', '{"again":true}'));
      return writeSse(res, completion(['All done.']));
    });
    const lookup = vi.fn(() => 'found');
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false, tools: { lookup: { execute: lookup } } });

    expect(await store.send('Look it up')).toBe('error');
    expect(s.requests).toBe(2);
    expect(lookup).toHaveBeenCalledTimes(1);

    expect(await store.retry()).toBe('complete');

    expect(s.requests).toBe(4);
    expect(requestBody(s, 2)).toStrictEqual(requestBody(s, 1));
    // Once per call: the first call's result was kept, the second call is the retried step's.
    expect(lookup).toHaveBeenCalledTimes(2);
    const turn = turnOf(store.getState().messages);
    expect(turn.parts.map((part) => part.type)).toStrictEqual(['tool-call', 'step-start', 'tool-call', 'step-start', 'text']);
    expect(getMessageText(turn)).toContain('All done.');
  });

  it('after a stop during the tools, runs again only the tool the stop cut short, with no request repeated', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(
        res,
        index === 0
          ? [toolCallChunk({ index: 0, id: 'call_fast', name: 'fast', arguments: '{}' }), toolCallChunk({ index: 1, id: 'call_slow', name: 'slow', arguments: '{}' }), finishChunk('tool_calls'), done()]
          : completion(['Both finished.']),
      ),
    );
    const started = createDeferred<void>();
    const fast = vi.fn(() => 'quick');
    let slowRuns = 0;
    const slow = vi.fn((_args: unknown, { signal }: { signal: AbortSignal }) => {
      if (slowRuns++ > 0) return 'slow done';
      started.resolve();
      return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
    });
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false, tools: { fast: { execute: fast }, slow: { execute: slow } } });

    const sent = store.send('Run both');
    await started.promise;
    store.stop();
    expect(await sent).toBe('stopped');
    expect(getToolCalls(turnOf(store.getState().messages))[1]).toMatchObject({ result: 'Stopped before slow finished.', isError: true });

    expect(await store.retry()).toBe('complete');

    expect(s.requests).toBe(2);
    expect(fast).toHaveBeenCalledTimes(1);
    expect(slow).toHaveBeenCalledTimes(2);
    expect(requestMessages(s, 1).slice(-2)).toStrictEqual([
      { role: 'tool', tool_call_id: 'call_fast', content: 'quick' },
      { role: 'tool', tool_call_id: 'call_slow', content: 'slow done' },
    ]);
    const turn = turnOf(store.getState().messages);
    expect(turn.status).toBe('complete');
    expect(getToolCalls(turn)[1]).not.toHaveProperty('isError');
    expect(getMessageText(turn)).toContain('Both finished.');
  });

  it('regenerates a turn that broke in its first request: there is nothing to keep', async () => {
    const s = await serve((_req, res, index) => (index === 0 ? sendJson(res, 500, { error: { message: 'down' } }) : writeSse(res, completion(['Hello.']))));
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false, tools: { unused: { execute: () => null } } });
    expect(await store.send('Hi')).toBe('error');

    expect(await store.retry()).toBe('complete');

    expect(s.requests).toBe(2);
    expect(requestMessages(s, 1)).toStrictEqual(requestMessages(s, 0));
    expect(getMessageText(turnOf(store.getState().messages))).toBe('Hello.');
  });
});
