import { describe, expect, it } from 'vitest';
import { getMessageText, type ChatMessage } from '../../src/message';
import type { StreamPart } from '../../src/protocols';
import { createMessageAccumulator } from '../../src/store/createMessageAccumulator';

const base: ChatMessage = { id: 'a1', role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: 1 } } };
const now = () => 2;

function fold(parts: readonly StreamPart[], options: Parameters<typeof createMessageAccumulator>[1] = { now }) {
  const accumulator = createMessageAccumulator(base, options);
  for (const part of parts) accumulator.apply(part);
  return accumulator;
}

describe('createMessageAccumulator: parts in the order they streamed', () => {
  it('grows the open part while deltas of its type arrive, and opens a new part when the type changes', () => {
    const message = fold([
      { type: 'reasoning', choice: 0, delta: 'think ' },
      { type: 'reasoning', choice: 0, delta: 'more' },
      { type: 'text', choice: 0, delta: 'Hel' },
      { type: 'text', choice: 0, delta: 'lo' },
      { type: 'tool-call', choice: 0, index: 0, id: 'c1', name: 'f', argumentsDelta: '{"a":' },
      { type: 'tool-call', choice: 0, index: 0, argumentsDelta: '1}' },
      { type: 'text', choice: 0, delta: 'after' },
      { type: 'finish', choice: 0, reason: 'stop' },
    ]).end();
    expect(message.parts).toEqual([
      { type: 'reasoning', text: 'think more' },
      { type: 'text', text: 'Hello' },
      { type: 'tool-call', toolCallId: 'c1', toolName: 'f', argumentsText: '{"a":1}', args: { a: 1 }, state: 'ready' },
      { type: 'text', text: 'after' },
    ]);
    expect(message.metadata).toMatchObject({ finishReason: 'stop', timing: { startedAt: 1, firstTokenAt: 2, endedAt: 2 } });
  });

  it('starts a new part of the same type after part-end', () => {
    const message = fold([
      { type: 'text', choice: 0, delta: 'one' },
      { type: 'part-end', choice: 0 },
      { type: 'text', choice: 0, delta: 'two' },
      { type: 'done' },
    ]).end();
    expect(message.parts).toEqual([
      { type: 'text', text: 'one' },
      { type: 'text', text: 'two' },
    ]);
  });

  it('keeps the identity of every part that did not change between snapshots', () => {
    const accumulator = fold([
      { type: 'reasoning', choice: 0, delta: 'r' },
      { type: 'text', choice: 0, delta: 'a' },
    ]);
    const first = accumulator.snapshot();
    accumulator.apply({ type: 'text', choice: 0, delta: 'b' });
    const second = accumulator.snapshot();
    expect(second).not.toBe(first);
    expect(second.parts[0]).toBe(first.parts[0]);
    expect(second.parts[1]).not.toBe(first.parts[1]);
    expect(second.parts[1]).toEqual({ type: 'text', text: 'ab' });
    expect(accumulator.snapshot()).toBe(second);
  });

  it('keeps reasoning provider data: signature fragments appended, redacted and encrypted set', () => {
    const message = fold([
      { type: 'reasoning', choice: 0, delta: 'why' },
      { type: 'reasoning', choice: 0, delta: '', signature: 'sig-' },
      { type: 'reasoning', choice: 0, delta: '', signature: '1', providerData: { itemId: 'rs_1' } },
      { type: 'part-end', choice: 0 },
      { type: 'reasoning', choice: 0, delta: '', redacted: 'opaque' },
      { type: 'part-end', choice: 0 },
      { type: 'reasoning', choice: 0, delta: '', encrypted: 'enc' },
      { type: 'done' },
    ]).end();
    expect(message.parts).toEqual([
      { type: 'reasoning', text: 'why', signature: 'sig-1', providerData: { itemId: 'rs_1' } },
      { type: 'reasoning', text: '', redacted: 'opaque' },
      { type: 'reasoning', text: '', encrypted: 'enc' },
    ]);
  });

  it('puts server tool results and approval requests on their call, and finalizes a call at its end', () => {
    const accumulator = fold([
      { type: 'tool-call', choice: 0, index: 0, id: 'ws', name: 'web_search', argumentsDelta: '{"q":"x"}', end: true, providerExecuted: true },
      { type: 'tool-result', choice: 0, toolCallId: 'ws', result: [{ url: 'https://a.example' }] },
      { type: 'tool-call', choice: 0, index: 1, id: 'del', name: 'delete', argumentsDelta: '{}', end: true },
      { type: 'tool-approval', choice: 0, toolCallId: 'del', approvalId: 'ap1' },
      { type: 'tool-result', choice: 0, toolCallId: 'unknown', result: 1 },
    ]);
    expect(accumulator.snapshot().parts).toEqual([
      { type: 'tool-call', toolCallId: 'ws', toolName: 'web_search', argumentsText: '{"q":"x"}', args: { q: 'x' }, state: 'ready', providerExecuted: true, result: [{ url: 'https://a.example' }] },
      { type: 'tool-call', toolCallId: 'del', toolName: 'delete', argumentsText: '{}', args: {}, state: 'ready', approval: { state: 'requested', id: 'ap1' } },
    ]);
  });

  it('appends files, sources and steps, replaces a data part with the same name and id, and hands transient data to onData', () => {
    const seen: unknown[] = [];
    const message = fold(
      [
        { type: 'data', choice: 0, name: 'weather', id: 'w', data: { status: 'loading' } },
        { type: 'text', choice: 0, delta: 'See' },
        { type: 'source', choice: 0, source: { sourceType: 'url', url: 'https://a.example', title: 'A' } },
        { type: 'step-start', choice: 0 },
        { type: 'file', choice: 0, file: { mediaType: 'image/png', url: 'https://a.example/x.png' } },
        { type: 'data', choice: 0, name: 'weather', id: 'w', data: { status: 'done', c: 20 } },
        { type: 'data', choice: 0, name: 'toast', data: 'saved', transient: true },
        { type: 'done' },
      ],
      { now, onData: (part) => seen.push(part) },
    ).end();
    expect(message.parts).toEqual([
      { type: 'data', name: 'weather', id: 'w', data: { status: 'done', c: 20 } },
      { type: 'text', text: 'See' },
      { type: 'source', sourceType: 'url', url: 'https://a.example', title: 'A' },
      { type: 'step-start' },
      { type: 'file', mediaType: 'image/png', url: 'https://a.example/x.png' },
    ]);
    expect(seen).toEqual([{ type: 'data', choice: 0, name: 'toast', data: 'saved', transient: true }]);
  });

  it('keeps metadata: model, response id, usage, sequence number and merged custom metadata', () => {
    const usage = { inputTokens: 1, outputTokens: 2, totalTokens: 3 };
    const message = fold([
      { type: 'metadata', id: 'resp_1', model: 'm', sequenceNumber: 4, custom: { a: 1 } },
      { type: 'metadata', sequenceNumber: 9, custom: { b: 2 } },
      { type: 'usage', usage },
      { type: 'done' },
    ]).end();
    expect(message.metadata).toMatchObject({ responseId: 'resp_1', model: 'm', sequenceNumber: 9, custom: { a: 1, b: 2 }, usage });
  });

  it('reports the latest agent state once', () => {
    const accumulator = fold([
      { type: 'state', state: { n: 1 } },
      { type: 'state', state: { n: 2 } },
    ]);
    expect(accumulator.takeState()).toEqual({ value: { n: 2 } });
    expect(accumulator.takeState()).toBeUndefined();
  });

  it('gives calls without a server id new ids in a continued answer, never an earlier step\'s', () => {
    const first = createMessageAccumulator(base, { now });
    first.apply({ type: 'tool-call', choice: 0, index: 0, name: 'f', argumentsDelta: '{}' });
    const step1 = first.end();
    const second = createMessageAccumulator({ ...step1, status: 'streaming' }, { now });
    second.apply({ type: 'step-start', choice: 0 });
    second.apply({ type: 'tool-call', choice: 0, index: 0, name: 'f', argumentsDelta: '{}' });
    const ids = second.end().parts.flatMap((part) => (part.type === 'tool-call' ? [part.toolCallId] : []));
    expect(ids).toEqual(['call_a1_0_0', 'call_a1_1_0_0']);
  });

  it('continues from the parts of the base message, leaving them as they were', () => {
    const earlier = { type: 'text' as const, text: 'before' };
    const accumulator = createMessageAccumulator({ ...base, parts: [earlier] }, { now });
    accumulator.apply({ type: 'step-start', choice: 0 });
    accumulator.apply({ type: 'text', choice: 0, delta: 'after' });
    const { parts } = accumulator.snapshot();
    expect(parts[0]).toBe(earlier);
    expect(parts.slice(1)).toEqual([{ type: 'step-start' }, { type: 'text', text: 'after' }]);
  });
});

describe('createMessageAccumulator choices', () => {
  it('keeps choices in a sparse map: an index past the array range is neither lost nor walked to', () => {
    const accumulator = fold([
      { type: 'text', choice: 2 ** 32, delta: 'far' },
      { type: 'text', choice: 0, delta: 'main' },
      { type: 'text', choice: 3, delta: 'near' },
      { type: 'finish', choice: 2 ** 32, reason: 'stop' },
    ]);
    const message = accumulator.snapshot();
    expect(getMessageText(message)).toBe('main');
    expect(message.metadata?.choices).toEqual([
      { index: 3, parts: [{ type: 'text', text: 'near' }] },
      { index: 2 ** 32, parts: [{ type: 'text', text: 'far' }], finishReason: 'stop' },
    ]);
  });

  it('builds the extra choices in index order whatever order they arrived in', () => {
    const accumulator = fold([9, 1, 5].map((choice): StreamPart => ({ type: 'text', choice, delta: `c${choice}` })));
    expect(accumulator.finalize('complete').metadata?.choices?.map((choice) => choice.index)).toEqual([1, 5, 9]);
  });

  it('leaves out choices when only choice 0 streamed', () => {
    const accumulator = fold([{ type: 'text', choice: 0, delta: 'only' }]);
    expect(accumulator.snapshot().metadata).not.toHaveProperty('choices');
  });
});
