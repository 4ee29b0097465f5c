import { describe, expect, it, vi } from 'vitest';
import { getToolCalls, type ChatMessage } from '../../src/message';
import { createChatStore } from '../../src/store/createChatStore';
import { createDeferred } from '../helpers/deferred';
import { completion, done, finishChunk, toolCallChunk } from '../helpers/openaiFrames';
import { sleep, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { toolCallAnswer } from './agentFrames';

const serve = serveForEachTest();

const turnOf = (messages: ChatMessage[]): ChatMessage => messages.findLast((message) => message.role === 'assistant')!;

/** A server whose model never stops calling `search`, with new arguments each step unless `same`. */
const endlessSearch = (same = false, outputTokens = 5) =>
  serve((_req, res, index) => writeSse(res, toolCallAnswer(`call_${index}`, 'search', same ? '{"q":"x"}' : `{"q":"x${index}"}`, outputTokens)));

describe('agent turns: budgets and endings', () => {
  it('maxSteps ends the turn after that many requests, results kept, status complete', async () => {
    const s = await endlessSearch();
    const execute = vi.fn(({ q }: { q: string }) => `found ${q}`);
    const store = createChatStore({ api: s.url, throttle: 'sync', maxSteps: 2, tools: { search: { execute } } });

    expect(await store.send('Find x')).toBe('complete');

    expect(s.requests).toBe(2);
    const turn = turnOf(store.getState().messages);
    expect(turn).toMatchObject({ status: 'complete', metadata: { turnEnd: 'max-steps' } });
    expect(turn.metadata?.error).toBeUndefined();
    expect(store.getState()).toMatchObject({ status: 'idle', error: undefined });
    expect(getToolCalls(turn).map((call) => call.result)).toEqual(['found x0', 'found x1']);
  });

  it('maxSteps defaults to 10', async () => {
    const s = await endlessSearch();
    const store = createChatStore({ api: s.url, throttle: 'sync', tools: { search: { execute: () => 'nothing' } } });
    await store.send('Find x');

    expect(s.requests).toBe(10);
    expect(turnOf(store.getState().messages).metadata?.turnEnd).toBe('max-steps');
  });

  it('maxOutputTokensPerTurn ends the turn once the summed usage reaches it', async () => {
    const s = await endlessSearch(false, 40);
    const store = createChatStore({ api: s.url, throttle: 'sync', maxOutputTokensPerTurn: 100, tools: { search: { execute: () => 'nothing' } } });
    await store.send('Find x');

    // 40 + 40 < 100 goes on; 120 ≥ 100 ends it.
    expect(s.requests).toBe(3);
    const turn = turnOf(store.getState().messages);
    expect(turn.metadata).toMatchObject({ turnEnd: 'max-output-tokens', usage: { outputTokens: 120 } });
  });

  it('maxTurnMs ends the turn before the next step once the wall time is spent', async () => {
    // The answer takes about 80 ms to stream, longer than the turn may run.
    const s = await serve((_req, res, index) => writeSse(res, toolCallAnswer(`call_${index}`, 'search', '{"q":"x"}'), { delayMs: 20 }));
    const store = createChatStore({ api: s.url, throttle: 'sync', maxTurnMs: 40, tools: { search: { execute: () => 'quick result' } } });
    await store.send('Find x');

    expect(s.requests).toBe(1);
    const turn = turnOf(store.getState().messages);
    expect(turn).toMatchObject({ status: 'complete', metadata: { turnEnd: 'max-duration' } });
    expect(getToolCalls(turn)[0]?.result).toBe('quick result');
  });

  it('maxTurnMs gives up a tool still running at the deadline: its signal aborts, the turn ends complete', async () => {
    const s = await endlessSearch();
    const started = createDeferred<AbortSignal>();
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      maxTurnMs: 50,
      tools: { search: { execute: (_args, { signal }) => (started.resolve(signal), new Promise(() => {})) } },
    });
    expect(await store.send('Find x')).toBe('complete');

    expect((await started.promise).aborted).toBe(true);
    expect(s.requests).toBe(1);
    const turn = turnOf(store.getState().messages);
    expect(turn).toMatchObject({ status: 'complete', metadata: { turnEnd: 'max-duration' } });
    expect(getToolCalls(turn)[0]).toMatchObject({ isError: true, result: "search did not finish within the turn's time budget." });
  });

  it('ends the turn when the same call repeats maxRepeatedCalls times in a row, answering the last without running it', async () => {
    const s = await endlessSearch(true);
    const execute = vi.fn(() => 'same result');
    const store = createChatStore({ api: s.url, throttle: 'sync', tools: { search: { execute } } });
    await store.send('Find x');

    expect(s.requests).toBe(3);
    expect(execute).toHaveBeenCalledTimes(2);
    const turn = turnOf(store.getState().messages);
    expect(turn).toMatchObject({ status: 'complete', metadata: { turnEnd: 'loop' } });
    expect(getToolCalls(turn)[2]).toMatchObject({ isError: true, result: expect.stringContaining('3 times in a row') });
  });

  it('a terminal tool ends the turn with its result', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(res, index === 0 ? toolCallAnswer('call_answer', 'final_answer', '{"text":"42"}') : completion(['unexpected'])),
    );
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      tools: { final_answer: { terminal: true, execute: ({ text }: { text: string }) => text } },
    });
    await store.send('The answer?');

    expect(s.requests).toBe(1);
    const turn = turnOf(store.getState().messages);
    expect(turn).toMatchObject({ status: 'complete', metadata: { turnEnd: 'terminal-tool' } });
    expect(getToolCalls(turn)[0]?.result).toBe('42');
  });

  it('stop during execute aborts its signal, keeps the turn and its results, and sends nothing more', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(res, index === 0 ? toolCallAnswer('call_fast', 'fast', '{}') : toolCallAnswer('call_slow', 'slow', '{}')),
    );
    const started = createDeferred<AbortSignal>();
    const slow = vi.fn((_args: unknown, { signal }: { signal: AbortSignal }) => {
      started.resolve(signal);
      // A tool that ignores its signal must not hold the stopped turn open.
      return new Promise(() => {});
    });
    const store = createChatStore({ api: s.url, throttle: 'sync', tools: { fast: { execute: () => 'quick' }, slow: { execute: slow } } });
    const sent = store.send('Go');
    const signal = await started.promise;
    expect(signal.aborted).toBe(false);
    store.stop();

    expect(await sent).toBe('stopped');
    expect(signal.aborted).toBe(true);
    const turn = turnOf(store.getState().messages);
    expect(turn.status).toBe('stopped');
    expect(turn.parts.map((part) => part.type)).toEqual(['tool-call', 'step-start', 'tool-call']);
    expect(getToolCalls(turn)[0]?.result).toBe('quick');
    expect(getToolCalls(turn)[1]).toMatchObject({ isError: true, result: 'Stopped before slow finished.' });
    expect(store.getState().status).toBe('idle');
    await sleep(30);
    expect(s.requests).toBe(2);
  });

  it('a stopped turn does not go on when the app answers its last open call', async () => {
    const s = await serve((_req, res) =>
      writeSse(res, [
        toolCallChunk({ index: 0, id: 'call_pick', name: 'pick', arguments: '{}' }),
        toolCallChunk({ index: 1, id: 'call_slow', name: 'slow', arguments: '{}' }),
        finishChunk('tool_calls'),
        done(),
      ]),
    );
    const started = createDeferred();
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      tools: { pick: {}, slow: { execute: () => (started.resolve(), new Promise(() => {})) } },
    });
    const sent = store.send('Go');
    await started.promise;
    store.stop();
    expect(await sent).toBe('stopped');

    store.addToolResult({ toolCallId: 'call_pick', result: 'A' });
    await sleep(30);
    expect(s.requests).toBe(1);
    expect(store.getState().status).toBe('idle');
    expect(turnOf(store.getState().messages).status).toBe('stopped');
  });

  it.each([['maxSteps', 0], ['maxOutputTokensPerTurn', -1], ['maxTurnMs', Number.NaN], ['maxRepeatedCalls', 0]])(
    'rejects %s = %s as a config error where the chat is made',
    (key, value) => {
      expect(() => createChatStore({ api: '/api/chat', [key]: value })).toThrow(expect.objectContaining({ code: 'config', message: expect.stringContaining(String(key)) }));
    },
  );
});
