import { describe, expect, it, vi } from 'vitest';
import { getMessageText, getToolCalls } from '../../src/message';
import type { ChatTurnResult } from '../../src/store/ChatState';
import { waitForText } from '../helpers/chatStoreHarness';
import { createPushableChat, type PushableFetch, type PushableResponse } from '../helpers/pushableFetch';

/** The response of request number `count`, once the store has made it (requests start after a microtask or two). */
const request = (server: PushableFetch, count: number): Promise<PushableResponse> =>
  vi.waitFor(() => {
    expect(server.responses).toHaveLength(count);
    return server.last();
  });

describe('createChatStore send with blank text', () => {
  it.each([[''], ['   '], ['\n\t'], [undefined], [{ content: '  ' }]])(
    'send(%j) sends nothing and resolves to "ignored", even with a conversation to continue',
    async (input) => {
      const { store, server } = createPushableChat({
        initialMessages: [
          { role: 'user', parts: [{ type: 'text', text: 'Hi' }] },
          { role: 'assistant', parts: [{ type: 'text', text: 'Hello' }] },
        ],
      });
      const before = store.getState();
      const result: ChatTurnResult = await store.send(input as string | undefined);

      expect(result).toBe('ignored');
      expect(server.responses).toHaveLength(0);
      expect(store.getState().messages).toBe(before.messages);
      expect(store.getState().status).toBe('idle');
    },
  );

  it('a blank send while an answer streams leaves that answer streaming', async () => {
    const { store, server } = createPushableChat();
    const sent = store.send('Hi');
    (await request(server, 1)).text('Par');
    await waitForText(store, 'Par');

    expect(await store.send('  ')).toBe('ignored');
    expect(store.getState().status).toBe('streaming');
    expect(server.responses).toHaveLength(1);

    server.last().finish();
    expect(await sent).toBe('complete');
  });

  it('resolves to how the turn ended: complete, stopped or error', async () => {
    const { store, server } = createPushableChat();
    const completed = store.send('One');
    (await request(server, 1)).finish();
    expect(await completed).toBe('complete');

    const stopped = store.send('Two');
    await request(server, 2);
    store.stop();
    expect(await stopped).toBe('stopped');

    const failed = store.send('Three');
    (await request(server, 3)).cut();
    expect(await failed).toBe('error');
  });
});

describe('createChatStore continue()', () => {
  it('sends the conversation as it stands, for example after tool results', async () => {
    const { store, server } = createPushableChat({
      initialMessages: [
        { role: 'user', parts: [{ type: 'text', text: 'Weather?' }] },
        {
          role: 'assistant',
          parts: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'weather', argumentsText: '{}', args: {}, state: 'ready' }],
        },
      ],
    });
    store.addToolResult({ toolCallId: 'call_1', result: { temperature: 21 } });
    const continued = store.continue();
    await request(server, 1);
    expect(server.last().body.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'tool']);
    server.last().text('It is 21 degrees.');
    server.last().finish();

    expect(await continued).toBe('complete');
    expect(store.getState().messages.map((message) => message.role)).toEqual(['user', 'assistant', 'assistant']);
    expect(getToolCalls(store.getState().messages[1]!)[0]?.result).toEqual({ temperature: 21 });
    expect(getMessageText(store.getState().messages.at(-1)!)).toBe('It is 21 degrees.');
  });

  it('is ignored on an empty conversation', async () => {
    const { store, server } = createPushableChat();
    expect(await store.continue()).toBe('ignored');
    expect(server.responses).toHaveLength(0);
  });
});
