import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, Composer } from '../../src/headless';
import { useComposer } from '../../src/headless/composer/composerContext';
import type { ChatStore } from '../../src/store/createChatStore';
import { StyledComposer } from '../../src/styled';
import { createPushableChat, type PushableFetch } from '../helpers/pushableFetch';

afterEach(cleanup);

/** Stop and Send in one slot, as an app swaps them: the markup where a reused `<button>` flips to submit. */
function StopOrSend() {
  const { busy } = useComposer('StopOrSend');
  return busy ? <Composer.Stop /> : <Composer.Submit />;
}

/** Starts a turn, types a next draft while it streams, then clicks Stop. */
async function stopWithDraft(store: ChatStore, server: PushableFetch) {
  const user = userEvent.setup();
  const input = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
  await user.type(input, 'First{Enter}');
  await waitFor(() => expect(server.responses).toHaveLength(1));
  act(() => server.last().text('Partial'));
  await waitFor(() => expect(store.getState().status).toBe('streaming'));
  await user.type(input, 'Next draft');
  const stop = screen.getByRole('button', { name: 'Stop generating' });
  await user.click(stop);
  await waitFor(() => expect(store.getState().status).toBe('idle'));
  // Let any submit the click might have caused reach the store.
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  return { input, stop };
}

/**
 * The mechanism behind the bug: a browser decides what a click on a button does after the click's
 * handlers and React's synchronous re-render have run. If React reused Stop's node for Send, its
 * `type` would be `submit` by then and the form would submit. (jsdom and synthetic clicks decide
 * before the re-render, so the node itself is what the test checks.)
 */
function expectStopNodeNotReused(stop: HTMLElement) {
  const send = screen.getByRole('button', { name: 'Send message' });
  expect(send).not.toBe(stop);
  expect(stop.getAttribute('type')).toBe('button');
}

describe('Stop never submits the form (React reusing the button node as Send)', () => {
  it('headless: Stop and Submit swapped in one slot', async () => {
    const { store, server } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <Composer.Root>
          <Composer.Input />
          <StopOrSend />
        </Composer.Root>
      </Chat.Root>,
    );
    const { input, stop } = await stopWithDraft(store, server);
    expectStopNodeNotReused(stop);
    expect(server.responses).toHaveLength(1);
    expect(store.getState().messages.map((message) => [message.role, message.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'stopped'],
    ]);
    expect(input.value).toBe('Next draft');
    const send = screen.getByRole('button', { name: 'Send message' });
    expect(send.getAttribute('type')).toBe('submit');
  });

  it('styled: StyledComposer', async () => {
    const { store, server } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <StyledComposer />
      </Chat.Root>,
    );
    const { input, stop } = await stopWithDraft(store, server);
    expectStopNodeNotReused(stop);
    expect(server.responses).toHaveLength(1);
    expect(store.getState().messages.at(-1)?.status).toBe('stopped');
    expect(input.value).toBe('Next draft');
  });
});
