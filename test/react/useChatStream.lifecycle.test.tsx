import { StrictMode, useState, version } from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createChatStore, type ChatStore } from '../../src/store/createChatStore';
import { createDeferred } from '../helpers/deferred';
import { completion, done, finishChunk, textChunk } from '../helpers/openaiFrames';
import { openSse, writeSse } from '../helpers/sse';
import { serveForEachTest, type TestHandler } from '../helpers/startTestServer';
import { ChatView } from './ChatView';
import { requestBody } from './requestBody';
import { setupRealSocketReact } from './setupRealSocketReact';

setupRealSocketReact();
const serve = serveForEachTest();

/** A server that answers every request at once with "Answer <index>". */
const answerAtOnce: TestHandler = (_req, res, index) => writeSse(res, completion([`Answer ${index}`]));

const statusOf = (name = 'chat') => screen.getByTestId(`${name}-status`).textContent;

// React 18's StrictMode mounts with a throw-away first render, state and all; React 19 reuses its state.
// Renders before the committed one are React's to discard, so the store under test starts after them.
const discardedMountRenders = version.startsWith('18.') ? 1 : 0;

describe('useChatStream under StrictMode', () => {
  it('creates no request by rendering, and sends exactly one on a click', async () => {
    const s = await serve(answerAtOnce);
    const stores: ChatStore[] = [];
    render(
      <StrictMode>
        <ChatView options={{ api: s.url }} onStore={(store) => stores.push(store)} />
      </StrictMode>,
    );
    const store = stores[discardedMountRenders]!;
    // Any send, even one aborted at once, sets 'submitted' synchronously; the store is untouched.
    expect(store.getState()).toMatchObject({ status: 'idle', messages: [] });

    fireEvent.click(screen.getByRole('button', { name: 'Send chat' }));
    await waitFor(() => expect(screen.getByTestId('chat-assistant').textContent).toBe('Answer 0'));
    await waitFor(() => expect(statusOf()).toBe('idle'));

    expect(s.requests).toBe(1);
    expect(requestBody(s.bodies, 0).messages).toEqual([{ role: 'user', content: 'Hi' }]);
    expect(store.getState().messages.map((message) => message.status)).toEqual(['complete', 'complete']);
  });

  it('keeps one store across StrictMode double renders and re-renders with new options', async () => {
    const s = await serve(answerAtOnce);
    const stores: ChatStore[] = [];
    const view = (model: string) => (
      <StrictMode>
        <ChatView options={{ api: s.url, body: { model } }} onStore={(store) => stores.push(store)} />
      </StrictMode>
    );
    const { rerender } = render(view('a'));
    rerender(view('b'));
    rerender(view('c'));
    fireEvent.click(screen.getByRole('button', { name: 'Send chat' }));
    await waitFor(() => expect(statusOf()).toBe('idle'));

    expect(stores.length).toBeGreaterThan(4);
    expect(new Set(stores.slice(discardedMountRenders)).size).toBe(1);
    expect(requestBody(s.bodies, 0).model).toBe('c');
  });
});

describe('useChatStream options', () => {
  it('applies options changed between renders to the next request', async () => {
    const s = await serve(answerAtOnce);
    const view = (model: string) => <ChatView options={{ api: s.url, body: { model } }} />;
    const { rerender } = render(view('model-a'));

    fireEvent.click(screen.getByRole('button', { name: 'Send chat' }));
    await waitFor(() => expect(screen.getAllByTestId('chat-assistant').map((li) => li.textContent)).toEqual(['Answer 0']));
    await waitFor(() => expect(statusOf()).toBe('idle'));

    rerender(view('model-b'));
    fireEvent.click(screen.getByRole('button', { name: 'Send chat' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('chat-assistant').map((li) => li.textContent)).toEqual(['Answer 0', 'Answer 1']),
    );

    expect(requestBody(s.bodies, 0).model).toBe('model-a');
    const second = requestBody(s.bodies, 1);
    expect(second.model).toBe('model-b');
    expect(second.messages.map((message) => message.content)).toEqual(['Hi', 'Answer 0', 'Hi']);
  });
});

describe('useChatStream({ store })', () => {
  it('shares one chat between components, and unmounting the one that sent does not abort the turn', async () => {
    const rest = createDeferred();
    let finishedNormally: boolean | undefined;
    const s = await serve(async (_req, res) => {
      res.once('close', () => (finishedNormally = res.writableFinished));
      openSse(res);
      res.write(textChunk('Shared '));
      await rest.promise;
      res.end(textChunk('answer') + finishChunk() + done());
    });
    const store = createChatStore({ api: s.url });
    function Page() {
      const [showSender, setShowSender] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setShowSender(false)}>
            Hide sender
          </button>
          {showSender && <ChatView name="sender" options={{ store }} />}
          <ChatView name="reader" options={{ store }} />
        </>
      );
    }
    render(<Page />);

    fireEvent.click(screen.getByRole('button', { name: 'Send sender' }));
    await waitFor(() => expect(screen.getByTestId('reader-assistant').textContent).toBe('Shared '));
    expect(screen.getByTestId('sender-assistant').textContent).toBe('Shared ');

    fireEvent.click(screen.getByRole('button', { name: 'Hide sender' }));
    expect(screen.queryByRole('region', { name: 'sender' })).toBeNull();
    expect(store.getState().status).toBe('streaming');
    rest.resolve();

    await waitFor(() => expect(statusOf('reader')).toBe('idle'));
    const reader = within(screen.getByRole('region', { name: 'reader' }));
    expect(reader.getByTestId('reader-assistant').textContent).toBe('Shared answer');
    expect(store.getState().messages.at(-1)).toMatchObject({ parts: [{ type: 'text', text: 'Shared answer' }], status: 'complete' });
    await s.closed[0];
    expect(finishedNormally).toBe(true);
  });
});

describe('useChatStream unmount', () => {
  it('ends a turn still waiting for an async headers() that never settles', async () => {
    const stores: ChatStore[] = [];
    const hang = () => new Promise<never>(() => undefined);
    const { unmount } = render(<ChatView options={{ api: 'http://127.0.0.1:9/never', headers: hang }} onStore={(store) => stores.push(store)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send chat' }));
    const store = stores[0]!;
    expect(store.getState().status).toBe('submitted');

    unmount();
    await waitFor(() => expect(store.getState().status).toBe('idle'));
    expect(store.getState().messages.map((message) => message.status)).toEqual(['complete', 'stopped']);
  });
});
