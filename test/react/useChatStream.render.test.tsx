import { StrictMode } from 'react';
import { getMessageText } from '../../src/message';
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useChatStream } from '../../src/react/useChatStream';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Chat({ generateId }: { generateId?: () => string }) {
  const chat = useChatStream({ api: '/api/chat', generateId, initialMessages: [{ role: 'user', parts: [{ type: 'text', text: 'Hello there' }] }] });
  return (
    <ul>
      {chat.messages.map((message) => (
        <li key={message.id} data-id={message.id}>
          {getMessageText(message)}
        </li>
      ))}
    </ul>
  );
}

describe('useChatStream rendering', () => {
  it.each([
    ['without generateId', undefined],
    ['with generateId', () => 'fixed'],
  ])('calls no Math.random, Date.now or crypto.randomUUID during render (%s), as a cacheComponents prerender requires', (_name, generateId) => {
    const spies = [
      vi.spyOn(Math, 'random'),
      vi.spyOn(Date, 'now'),
      vi.spyOn(globalThis.crypto, 'randomUUID'),
    ];
    render(
      <StrictMode>
        <Chat generateId={generateId} />
      </StrictMode>,
    );
    expect(screen.getByText('Hello there')).toBeTruthy();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('useChatStream actions', () => {
  it('returns continue() beside send(), and a blank send resolves to ignored without a request', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(
      async () =>
        new Response('data: {"choices":[{"index":0,"delta":{"content":"Go on"},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n', {
          headers: { 'content-type': 'text/event-stream' },
        }),
    );
    const { result } = renderHook(() =>
      useChatStream({ api: '/api/chat', fetch, throttle: 'sync', initialMessages: [{ role: 'user', parts: [{ type: 'text', text: 'Hi' }] }] }),
    );
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.send('   ');
    });
    expect(outcome).toBe('ignored');
    expect(fetch).not.toHaveBeenCalled();

    await act(async () => {
      outcome = await result.current.continue();
    });
    expect(outcome).toBe('complete');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(result.current.messages.map((message) => getMessageText(message))).toEqual(['Hi', 'Go on']);
  });
});
