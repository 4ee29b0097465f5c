import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat } from '../../src/headless';
import { ChatWindow, StyledJumpToLatest, StyledMessageList } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';
import { stubScrollGeometry } from './geometry';

afterEach(cleanup);

const jump = () => screen.queryByRole('button', { name: 'Jump to latest message' });

describe('StyledMessageList', () => {
  it('is a focusable, labelled region that follows the stream and offers Jump to latest after a scroll up', async () => {
    const { store, server } = createPushableChat({
      initialMessages: [
        { role: 'user', parts: [{ type: 'text', text: 'Earlier' }] },
        { role: 'assistant', parts: [{ type: 'text', text: 'Earlier answer' }] },
      ],
    });
    render(<ChatWindow store={store} />);
    const viewport = screen.getByRole('region', { name: 'Messages' });
    expect(viewport.className).toBe('rcs-viewport rcs-theme');
    expect(viewport.tabIndex).toBe(0);
    expect(viewport.querySelector('.rcs-messages')?.getAttribute('role')).toBe('log');
    const { max, userScrollTo } = stubScrollGeometry(viewport);

    act(() => void store.send('More'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('Streaming text'));
    await waitFor(() => expect(viewport.textContent).toContain('Streaming text'));
    await waitFor(() => expect(viewport.scrollTop).toBe(max()));
    expect(jump()).toBeNull();

    fireEvent.keyDown(viewport, { key: 'ArrowUp' });
    userScrollTo(max() - 300);
    const reading = viewport.scrollTop;
    act(() => server.last().text(' and more'));
    await waitFor(() => expect(viewport.textContent).toContain('and more'));
    expect(viewport.scrollTop).toBe(reading);
    const button = await waitFor(() => {
      const found = jump();
      if (!found) throw new Error('no jump button yet');
      return found;
    });
    expect(button.className).toBe('rcs-jump rcs-theme');
    expect(button.parentElement?.className).toBe('rcs-jump-anchor');
    expect(button.textContent).toBe('Jump to latest');

    act(() => button.click());
    expect(viewport.scrollTop).toBe(max());
    await waitFor(() => expect(jump()).toBeNull());
  });

  it('merges className, spreads props and puts children before the log', () => {
    const { store } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <StyledMessageList className="h-96" data-extra="1" aria-label="Conversation">
          <p>Before</p>
        </StyledMessageList>
      </Chat.Root>,
    );
    const viewport = screen.getByRole('region', { name: 'Conversation' });
    expect(viewport.className).toBe('rcs-viewport rcs-theme h-96');
    expect(viewport.getAttribute('data-extra')).toBe('1');
    expect(viewport.firstElementChild?.textContent).toBe('Before');
  });

  it('lets StyledJumpToLatest take className and children inside any Chat.Viewport', async () => {
    const { store } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <Chat.Viewport data-testid="viewport">
          <StyledJumpToLatest className="mine" data-extra="1">
            Newest
          </StyledJumpToLatest>
        </Chat.Viewport>
      </Chat.Root>,
    );
    const { userScrollTo } = stubScrollGeometry(screen.getByTestId('viewport'));
    userScrollTo(0);
    const button = await screen.findByRole('button', { name: 'Jump to latest message' });
    expect(button.className).toBe('rcs-jump rcs-theme mine');
    expect(button.getAttribute('data-extra')).toBe('1');
    expect(button.textContent).toBe('Newest');
  });
});
