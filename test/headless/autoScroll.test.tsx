import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat } from '../../src/headless';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const CLIENT_HEIGHT = 400;

/** jsdom has no layout: give the viewport a height that grows with its text, and a clamped scrollTop. */
function stubGeometry(element: HTMLElement) {
  let top = 0;
  const scrollHeight = () => CLIENT_HEIGHT + (element.textContent?.length ?? 0) * 10;
  const max = () => scrollHeight() - CLIENT_HEIGHT;
  Object.defineProperty(element, 'clientHeight', { configurable: true, get: () => CLIENT_HEIGHT });
  Object.defineProperty(element, 'scrollHeight', { configurable: true, get: scrollHeight });
  Object.defineProperty(element, 'scrollTop', {
    configurable: true,
    // A browser clamps scrollTop when the content shrinks; so does this stub.
    get: () => Math.min(top, max()),
    set: (value: number) => void (top = Math.min(Math.max(0, value), max())),
  });
  /** Scrolls as the user would: moves scrollTop and fires the scroll event. */
  const userScrollTo = (value: number) => {
    element.scrollTop = value;
    fireEvent.scroll(element);
  };
  return { max, userScrollTo };
}

async function setup() {
  const { store, server } = createPushableChat({
    initialMessages: [
      { role: 'user', parts: [{ type: 'text', text: 'Earlier question' }] },
      { role: 'assistant', parts: [{ type: 'text', text: 'Earlier answer' }] },
    ],
  });
  render(
    <Chat.Root store={store}>
      <Chat.Viewport data-testid="viewport">
        <Chat.Messages />
        <Chat.JumpToLatest />
      </Chat.Viewport>
    </Chat.Root>,
  );
  const viewport = screen.getByTestId('viewport');
  const geometry = stubGeometry(viewport);
  act(() => void store.send('Tell me more'));
  await waitFor(() => expect(server.responses).toHaveLength(1));
  const response = server.last();
  let sent = '';
  /** Streams a token and waits until the DOM and the observers have seen it. */
  const token = async (text: string) => {
    sent += text;
    act(() => response.text(text));
    await waitFor(() => expect(viewport.textContent).toContain(sent));
    await act(async () => undefined);
  };
  await token('Start');
  return { store, viewport, response, token, ...geometry };
}

const jumpButton = () => screen.queryByRole('button', { name: 'Jump to latest message' });

describe('Chat.Viewport auto-scroll', () => {
  it('sticks to the bottom while the answer streams', async () => {
    const { viewport, token, max } = await setup();
    expect(viewport.scrollTop).toBe(max());
    const before = max();
    await token(' and more text');
    expect(max()).toBeGreaterThan(before);
    expect(viewport.scrollTop).toBe(max());
    expect(viewport.hasAttribute('data-at-bottom')).toBe(true);
    expect(jumpButton()).toBeNull();
  });

  it('lets go on a wheel up, shows Jump to latest, and sticks again when it is clicked', async () => {
    const { viewport, token, max, userScrollTo } = await setup();
    fireEvent.wheel(viewport, { deltaY: -40 });
    userScrollTo(max() - 40);
    const reading = viewport.scrollTop;
    await token(' streaming on');
    expect(viewport.scrollTop).toBe(reading);
    const jump = await waitFor(() => {
      const button = jumpButton();
      expect(button).not.toBeNull();
      return button!;
    });
    expect(jump.getAttribute('type')).toBe('button');
    expect(viewport.hasAttribute('data-at-bottom')).toBe(false);

    act(() => jump.click());
    expect(viewport.scrollTop).toBe(max());
    await waitFor(() => expect(jumpButton()).toBeNull());
    await token(' and on');
    expect(viewport.scrollTop).toBe(max());
  });

  it('lets go on a wheel up even within the bottom threshold', async () => {
    const { viewport, token, max, userScrollTo } = await setup();
    fireEvent.wheel(viewport, { deltaY: -4 });
    userScrollTo(max() - 4);
    const reading = viewport.scrollTop;
    await token(' more');
    expect(viewport.scrollTop).toBe(reading);
  });

  it('lets go on ArrowUp, PageUp and Home, but not on keys typed into a text field', async () => {
    for (const key of ['ArrowUp', 'PageUp', 'Home']) {
      const { viewport, token } = await setup();
      fireEvent.keyDown(viewport, { key });
      const reading = viewport.scrollTop;
      await token(' more');
      expect(viewport.scrollTop, key).toBe(reading);
      cleanup();
    }
    const { viewport, token, max } = await setup();
    const field = document.createElement('textarea');
    viewport.appendChild(field);
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    await token(' more');
    expect(viewport.scrollTop).toBe(max());
  });

  it('lets go when a finger drags the content down', async () => {
    const { viewport, token } = await setup();
    fireEvent.touchStart(viewport, { touches: [{ clientY: 100 }] });
    fireEvent.touchMove(viewport, { touches: [{ clientY: 160 }] });
    const reading = viewport.scrollTop;
    await token(' more');
    expect(viewport.scrollTop).toBe(reading);
  });

  it('lets go on a scrollbar drag up, and sticks again when scrolled back to the bottom', async () => {
    const { viewport, token, max, userScrollTo } = await setup();
    userScrollTo(max() - 200);
    const reading = viewport.scrollTop;
    await token(' more');
    expect(viewport.scrollTop).toBe(reading);
    userScrollTo(max());
    await token(' again');
    expect(viewport.scrollTop).toBe(max());
  });

  it('does not let go when the content shrinks under a view at the bottom', async () => {
    const { store, viewport, token, max, response } = await setup();
    await token(' a long tail of text');
    // Shrinking the content clamps scrollTop down; that scroll is not the user's.
    const before = viewport.scrollTop;
    act(() => store.setMessages((messages) => messages.slice(1)));
    fireEvent.scroll(viewport);
    expect(viewport.scrollTop).toBeLessThan(before);
    await token(' still streaming');
    expect(viewport.scrollTop).toBe(max());
    act(() => response.finish());
  });
});
