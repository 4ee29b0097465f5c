import { describe, expect, it } from 'vitest';
import { getMessageText } from '../../src/message';
import type { ChatMessage, ChatPart } from '../../src/message';
import { createChatStore } from '../../src/store/createChatStore';
import { getMessagePhase, isLivePhase } from '../../src/store/getMessagePhase';
import { completion } from '../helpers/openaiFrames';

// An in-memory fetch: these tests are about the store's shape and operations, not the network.
const answering = (text: string) => async () =>
  new Response(completion([text]).join(''), { headers: { 'content-type': 'text/event-stream' } });

const conversation: ChatMessage[] = [
  { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'first' }], status: 'complete' },
  { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'one' }], status: 'complete' },
  { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'second' }], status: 'complete' },
  { id: 'a2', role: 'assistant', parts: [{ type: 'text', text: 'two' }], status: 'complete' },
];

const make = () => createChatStore({ api: 'http://memory.test/v1', fetch: answering('edited answer'), retry: false, initialMessages: conversation });

describe('ChatStore shape', () => {
  it('gives data only from getState, and no way to write past the actions', () => {
    const store = make();
    const state = store.getState();
    expect(Object.keys(state).sort()).toEqual(['agentState', 'error', 'messages', 'queue', 'status']);
    expect(Object.values(state).some((value) => typeof value === 'function')).toBe(false);
    expect('setState' in store).toBe(false);
  });

  it('has actions that need no `this`', async () => {
    const { send, getState } = make();
    await expect(send('hello')).resolves.toBe('complete');
    expect(getMessageText(getState().messages.at(-1)!)).toBe('edited answer');
  });

  it('notifies subscribers with the new and previous data', async () => {
    const store = make();
    const seen: [number, number][] = [];
    const unsubscribe = store.subscribe((state, previous) => seen.push([state.messages.length, previous.messages.length]));
    store.clear();
    unsubscribe();
    await store.send('ignored by the unsubscribed listener');
    expect(seen).toEqual([[0, 4]]);
  });
});

describe('ChatStore.edit', () => {
  it('replaces a user message and everything after it, then answers the new text', async () => {
    const store = make();
    await expect(store.edit('u2', 'second, edited')).resolves.toBe('complete');
    const messages = store.getState().messages;
    expect(messages.map((message) => getMessageText(message))).toEqual(['first', 'one', 'second, edited', 'edited answer']);
    expect(messages[2]?.id).not.toBe('u2');
  });

  it('ignores an unknown id or blank text and leaves the conversation as it was', async () => {
    const store = make();
    await expect(store.edit('nope', 'text')).resolves.toBe('ignored');
    await expect(store.edit('u1', '   ')).resolves.toBe('ignored');
    expect(store.getState().messages).toEqual(conversation);
  });
});

describe('getMessagePhase', () => {
  const streaming = (parts: ChatPart[], status: ChatMessage['status'] = 'streaming'): ChatMessage => ({ id: 'm', role: 'assistant', parts, status });
  const call: ChatPart = { type: 'tool-call', toolCallId: 'c', toolName: 'f', argumentsText: '', args: undefined, state: 'streaming' };
  const text = (value: string): ChatPart => ({ type: 'text', text: value });
  const reasoning: ChatPart = { type: 'reasoning', text: 'hmm' };

  it.each([
    ['waiting', streaming([])],
    ['reasoning', streaming([reasoning])],
    ['streaming', streaming([reasoning, text('Hi')])],
    ['streaming', streaming([{ type: 'refusal', text: 'no' }])],
    ['tool-calls', streaming([text('Let me look'), call])],
    ['reasoning', streaming([text('Let me look'), call, { type: 'step-start' }, reasoning])],
    ['waiting', streaming([text('Let me look'), call, { type: 'step-start' }])],
    ['streaming', streaming([text('See'), { type: 'source', sourceType: 'url', url: 'https://a.example' }])],
    ['done', streaming([text('Hi')], 'complete')],
    ['stopped', streaming([], 'stopped')],
    ['failed', streaming([], 'error')],
  ] as const)('is %s', (phase, message) => {
    expect(getMessagePhase(message)).toBe(phase);
    expect(isLivePhase(getMessagePhase(message))).toBe(message.status === 'streaming');
  });
});
