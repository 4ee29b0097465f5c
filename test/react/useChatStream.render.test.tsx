import { StrictMode } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useChatStream } from '../../src/react/useChatStream';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Chat({ generateId }: { generateId?: () => string }) {
  const chat = useChatStream({ api: '/api/chat', generateId, initialMessages: [{ role: 'user', content: 'Hello there' }] });
  return (
    <ul>
      {chat.messages.map((message) => (
        <li key={message.id} data-id={message.id}>
          {message.content}
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
