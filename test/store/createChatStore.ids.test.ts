import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChatStore } from '../../src/store/createChatStore';
import { createPushableChat } from '../helpers/pushableFetch';

/** Spies on every source of non-determinism a store could reach for while it is made. */
function spyOnEntropy() {
  return {
    random: vi.spyOn(Math, 'random'),
    now: vi.spyOn(Date, 'now'),
    uuid: vi.spyOn(globalThis.crypto, 'randomUUID'),
    performance: vi.spyOn(performance, 'now'),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createChatStore ids', () => {
  it('runs nothing non-deterministic while it is created, initial messages without ids included', () => {
    const spies = spyOnEntropy();
    const store = createChatStore({
      api: '/api/chat',
      initialMessages: [
        { role: 'system', parts: [{ type: 'text', text: 'Be brief.' }] },
        { role: 'user', parts: [{ type: 'text', text: 'Hi' }] },
        { role: 'assistant', parts: [{ type: 'text', text: 'Hello' }], id: 'given' },
      ],
    });
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();

    const ids = store.getState().messages.map((message) => message.id);
    expect(ids[2]).toBe('given');
    expect(new Set(ids).size).toBe(3);
  });

  it('gives initial messages the same ids on every creation, as a server render and its hydration need', () => {
    const make = () =>
      createChatStore({ api: '/api/chat', initialMessages: [{ role: 'user', parts: [{ type: 'text', text: 'a' }] }, { role: 'user', parts: [{ type: 'text', text: 'b' }] }] });
    expect(make().getState().messages.map((m) => m.id)).toEqual(make().getState().messages.map((m) => m.id));
  });

  it('with generateId, never calls Math.random, not even when messages are made', async () => {
    let next = 0;
    const random = vi.spyOn(Math, 'random');
    const { store, server } = createPushableChat({ generateId: () => `id-${next++}`, initialMessages: [{ role: 'user', parts: [{ type: 'text', text: 'x' }] }] });
    const sent = store.send('Hi');
    await vi.waitFor(() => expect(server.responses).toHaveLength(1));
    server.last().finish();
    await sent;

    expect(random).not.toHaveBeenCalled();
    expect(store.getState().messages.map((message) => message.id)).toEqual(['id-0', 'id-1', 'id-2']);
  });

  it('without generateId, makes random ids only once a message is made, and keeps them unique', async () => {
    const random = vi.spyOn(Math, 'random');
    const { store, server } = createPushableChat();
    expect(random).not.toHaveBeenCalled();
    const sent = store.send('Hi');
    expect(random).toHaveBeenCalled();
    await vi.waitFor(() => expect(server.responses).toHaveLength(1));
    server.last().finish();
    await sent;
    const ids = store.getState().messages.map((message) => message.id);
    expect(new Set(ids).size).toBe(2);
  });
});
