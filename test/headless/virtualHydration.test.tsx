import { act, cleanup } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chat } from '../../src/headless';
import { preloadVirtualList } from '../../src/headless/chat/useVirtualListModule';
import { createTextMessage, type ChatMessage } from '../../src/message';
import { createPushableChat } from '../helpers/pushableFetch';

class SilentResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Chat.Messages virtualize, server-rendered then hydrated', () => {
  it('hydrates from the bounded window without a mismatch, then switches to the virtualized list', async () => {
    const initialMessages = Array.from({ length: 50 }, (_, index) => createTextMessage('user', `Line ${index}`, `m${index}`) as ChatMessage);
    const { store } = createPushableChat({ initialMessages });
    const app = (
      <Chat.Root store={store}>
        <Chat.Viewport>
          <Chat.Messages virtualize={{ initialRows: 10 }} />
        </Chat.Viewport>
      </Chat.Root>
    );
    // The page already has the virtualizer when it hydrates (ChatWindow preloads it on import).
    vi.stubGlobal('ResizeObserver', SilentResizeObserver);
    await preloadVirtualList();
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.appendChild(container);
    expect(container.querySelectorAll('[data-role]')).toHaveLength(10);
    expect(container.querySelector('[role="log"]')?.getAttribute('aria-live')).toBe('polite');

    const recoverable = vi.fn();
    await act(async () => void hydrateRoot(container, app, { onRecoverableError: recoverable }));
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelector('[role="log"]')?.hasAttribute('data-virtualized')).toBe(true);
    expect(container.querySelector('[role="log"]')?.getAttribute('aria-live')).toBe('off');
    expect(container.querySelector('[data-announcer]')?.getAttribute('aria-live')).toBe('polite');
  });
});
