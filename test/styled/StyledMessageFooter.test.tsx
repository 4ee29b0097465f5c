import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, Message } from '../../src/headless';
import type { ChatMessage } from '../../src/message';
import { ChatWindow, StyledMessageFooter } from '../../src/styled';
import { formatDuration, getMessageStats } from '../../src/styled/messageStats';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const base: ChatMessage = { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Answer' }], status: 'complete' };

const known: ChatMessage = {
  ...base,
  metadata: {
    usage: { inputTokens: 1200, outputTokens: 85, totalTokens: 1285, reasoningTokens: 40, cachedInputTokens: 1024 },
    timing: { startedAt: 1_000, firstTokenAt: 1_320, endedAt: 3_320, tokensPerSecond: 42.5 },
  },
};

describe('getMessageStats', () => {
  it('gives time to first token, speed and total tokens when all are known', () => {
    expect(getMessageStats(known)).toEqual([
      { id: 'first-token', label: 'First token', value: '320 ms', detail: 'Time to first token' },
      { id: 'speed', label: 'Speed', value: '43 tok/s', detail: 'Output tokens per second' },
      { id: 'tokens', label: 'Tokens', value: '1,285', detail: '1,200 in · 85 out · 40 reasoning · 1,024 cached' },
    ]);
  });

  it('leaves out every figure that is not known', () => {
    expect(getMessageStats(base)).toEqual([]);
    expect(getMessageStats({ ...base, metadata: { timing: { startedAt: 5 } } })).toEqual([]);
    expect(getMessageStats({ ...base, metadata: { timing: { startedAt: 5, firstTokenAt: 4 } } })).toEqual([]);
    expect(getMessageStats({ ...base, metadata: { timing: { startedAt: 0, firstTokenAt: 2_500 } } }).map((stat) => stat.value)).toEqual(['2.50 s']);
    expect(getMessageStats({ ...base, metadata: { timing: { startedAt: 0, tokensPerSecond: 3.25 } } }).map((stat) => stat.value)).toEqual(['3.3 tok/s']);
  });

  it('formats durations by size', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(999.4)).toBe('999 ms');
    expect(formatDuration(1_234)).toBe('1.23 s');
    expect(formatDuration(12_345)).toBe('12.3 s');
  });
});

function renderFooter(message: ChatMessage) {
  const { store } = createPushableChat({ initialMessages: [message] });
  render(
    <Chat.Root store={store}>
      <Message.Root messageId={message.id}>
        <StyledMessageFooter data-testid="footer" className="mine" />
      </Message.Root>
    </Chat.Root>,
  );
  return screen.queryByTestId('footer');
}

describe('StyledMessageFooter', () => {
  it('shows usage and timing when known, as a labelled description list', () => {
    const footer = renderFooter(known)!;
    expect(footer.className).toBe('rcs-footer rcs-theme mine');
    const items = [...footer.querySelectorAll('.rcs-stats__item')];
    expect(items.map((item) => [item.querySelector('dt')?.textContent, item.querySelector('dd')?.textContent])).toEqual([
      ['First token', '320 ms'],
      ['Speed', '43 tok/s'],
      ['Tokens', '1,285'],
    ]);
    expect(footer.querySelector('.rcs-stats')?.tagName).toBe('DL');
  });

  it('shows no figures when none are known, only the actions', () => {
    const footer = renderFooter(base)!;
    expect(footer.querySelector('.rcs-stats')).toBeNull();
    expect(footer.querySelector('dl')).toBeNull();
    expect(footer.querySelector('.rcs-actions')).toBeTruthy();
  });

  it('renders nothing mid-stream when there is nothing to show yet', async () => {
    const { store, server } = createPushableChat();
    render(<ChatWindow store={store} />);
    act(() => void store.send('Hi'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    const assistant = () => document.querySelector('.rcs-message[data-role="assistant"]')!;
    await waitFor(() => expect(assistant()).toBeTruthy());
    expect(assistant().querySelector('.rcs-footer')).toBeNull();
    act(() => server.last().text('Hello'));
    // The first token fixes the time to first token, which is shown as soon as it is known.
    await waitFor(() => expect(assistant().querySelector('[data-stat="first-token"]')).toBeTruthy());
    expect(assistant().querySelector('.rcs-actions')).toBeNull();
    act(() => server.last().finish());
    await waitFor(() => expect(assistant().querySelector('.rcs-actions')).toBeTruthy());
    // No usage frame was sent, so neither tokens nor speed appear.
    expect(assistant().querySelector('[data-stat="tokens"]')).toBeNull();
    expect(assistant().querySelector('[data-stat="speed"]')).toBeNull();
  });
});
