import { Profiler } from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChatStore } from '../../src/store/createChatStore';
import { createDeferred } from '../helpers/deferred';
import { done, finishChunk, textChunk } from '../helpers/openaiFrames';
import { openSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { ChatView } from './ChatView';
import { setupRealSocketReact } from './setupRealSocketReact';

setupRealSocketReact();
const serve = serveForEachTest();

const answerText = () => screen.getByTestId('chat-assistant').textContent;

describe('useChatStream over a real connection', () => {
  it('shows the partial answer while the server holds the rest back, then the complete answer', async () => {
    const rest = createDeferred();
    const s = await serve(async (_req, res) => {
      openSse(res);
      res.write(textChunk('Hello') + textChunk(', wor'));
      await rest.promise;
      res.end(textChunk('ld!') + finishChunk() + done());
    });
    render(<ChatView options={{ api: s.url }} />);

    fireEvent.click(screen.getByRole('button', { name: 'Send chat' }));
    await waitFor(() => expect(answerText()).toBe('Hello, wor'));
    expect(screen.getByTestId('chat-status').textContent).toBe('streaming');
    expect(screen.getByTestId('chat-user').textContent).toBe('Hi');

    rest.resolve();
    await waitFor(() => expect(screen.getByTestId('chat-status').textContent).toBe('idle'));
    expect(answerText()).toBe('Hello, world!');
  });

  it('commits at most once per animation frame with the default throttle, however many tokens arrive', async () => {
    const frameCallbacks = { invoked: 0 };
    const requestFrame = window.requestAnimationFrame.bind(window);
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      requestFrame((time) => {
        frameCallbacks.invoked++;
        callback(time);
      }),
    );

    const tokens = Array.from({ length: 300 }, (_, index) => `t${index} `);
    const batches = [tokens.slice(0, 100), tokens.slice(100, 200), tokens.slice(200)];
    const shown = batches.map(() => createDeferred());
    const s = await serve(async (_req, res) => {
      openSse(res);
      for (const [index, batch] of batches.entries()) {
        // 100 frames per write, so many tokens land between two animation frames.
        res.write(batch.map((token) => textChunk(token)).join(''));
        await shown[index]!.promise;
      }
      res.end(finishChunk() + done());
    });

    let commits = 0;
    render(
      <Profiler id="chat" onRender={() => commits++}>
        <ChatView options={{ api: s.url }} />
      </Profiler>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Send chat' }));
    for (const [index, batch] of batches.entries()) {
      const last = batch.at(-1)!;
      await waitFor(() => expect(answerText()?.endsWith(last)).toBe(true));
      shown[index]!.resolve();
    }
    await waitFor(() => expect(screen.getByTestId('chat-status').textContent).toBe('idle'));

    expect(answerText()).toBe(tokens.join(''));
    expect(frameCallbacks.invoked).toBeGreaterThan(0);
    // Mount, the click's 'submitted' state and the end of the turn are the only commits outside a frame.
    // This bound is what pins the throttle: with 'sync', React's own batching of one network chunk's
    // updates still keeps commits below the token count, but no frame would run at all.
    expect(commits).toBeLessThanOrEqual(frameCallbacks.invoked + 3);
    expect(commits).toBeLessThan(tokens.length / 10);
  });

  it('aborts the request when the component unmounts mid-stream, without React warnings', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    let finishedNormally: boolean | undefined;
    const s = await serve(async (_req, res) => {
      res.once('close', () => (finishedNormally = res.writableFinished));
      openSse(res);
      res.write(textChunk('Partial'));
    });
    let store: ChatStore | undefined;
    const view = render(<ChatView options={{ api: s.url }} onStore={(value) => (store = value)} />);

    fireEvent.click(screen.getByRole('button', { name: 'Send chat' }));
    await waitFor(() => expect(answerText()).toBe('Partial'));
    view.unmount();

    await s.closed[0];
    expect(finishedNormally).toBe(false);
    await vi.waitFor(() => expect(store!.getState().status).toBe('idle'));
    expect(store!.getState().messages.at(-1)).toMatchObject({ role: 'assistant', parts: [{ type: 'text', text: 'Partial' }], status: 'stopped' });
    // A frame scheduled before the abort would fire now; let one pass before checking the console.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });
});
