import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { useChatStore } from '../../src/react/ChatProvider';
import { useChatMessage } from '../../src/react/useChatMessage';
import { useChatMessageIds, useChatSelector } from '../../src/react/useChatSelector';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Renders `useHook` outside any provider and returns the message it threw. */
function errorOf(useHook: () => unknown): string {
  // React logs the error it rethrows (React 18 also reports it to window); the test reads the throw.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const quiet = (event: ErrorEvent) => event.preventDefault();
  window.addEventListener('error', quiet);
  onTestFinished(() => window.removeEventListener('error', quiet));
  function Probe() {
    useHook();
    return null;
  }
  try {
    render(<Probe />);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('The hook did not throw.');
}

describe('hooks outside a provider name the hook that was called', () => {
  it.each([
    ['useChatMessageIds()', () => useChatMessageIds()],
    ['useChatMessage()', () => useChatMessage('m1')],
    ['useChatSelector()', () => useChatSelector((state) => state.status)],
  ])('%s', (name, useHook) => {
    expect(errorOf(useHook)).toBe(
      `\`${name}\` must be used within \`<ChatProvider>\` or a headless \`<Chat.Root>\`, or be given a \`store\` option.`,
    );
  });

  it('useChatStore()', () => {
    expect(errorOf(() => useChatStore())).toBe('`useChatStore()` must be used within `<ChatProvider>` or a headless `<Chat.Root>`.');
  });
});
