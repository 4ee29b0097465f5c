import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Chat, Message, type MessageComponentProps, type MessageComponents } from '../../src/headless';
import { useChatStream, useCreateChatStore } from '../../src/react';
import type { ChatStore } from '../../src/store/createChatStore';
import { answerServerForEachTest, longAnswer, streamOneAnswer, type RenderCounts } from '../helpers/hostRenderRun';
import { setupRealSocketReact } from './setupRealSocketReact';

setupRealSocketReact();
const answerServer = answerServerForEachTest();

const counts: RenderCounts = { host: 0, row: 0 };
let captured: ChatStore | undefined;

function CountedAssistant({ message }: MessageComponentProps) {
  if (message.role === 'assistant') counts.row++;
  return (
    <Message.Root className="assistant">
      <Message.Content />
    </Message.Root>
  );
}

const components: MessageComponents = { AssistantMessage: CountedAssistant };

function ChatBody() {
  return (
    <Chat.Viewport>
      <Chat.Messages components={components} />
    </Chat.Viewport>
  );
}

/** The README's headless sample: `useChatStream` in the host, only `chat.store` handed down. */
function StreamHost({ api }: { api: string }) {
  counts.host++;
  const chat = useChatStream({ api });
  captured = chat.store;
  return (
    <Chat.Root store={chat.store}>
      <ChatBody />
    </Chat.Root>
  );
}

/** The same host, also showing the status: it follows status changes, not tokens. */
function StatusHost({ api }: { api: string }) {
  counts.host++;
  const chat = useChatStream({ api });
  captured = chat.store;
  return (
    <Chat.Root store={chat.store}>
      <p data-testid="host-status">{chat.status}</p>
      <ChatBody />
    </Chat.Root>
  );
}

/** A host made with `useCreateChatStore`, which never subscribes. */
function CreatedHost({ api }: { api: string }) {
  counts.host++;
  const store = useCreateChatStore({ api });
  captured = store;
  return (
    <Chat.Root store={store}>
      <ChatBody />
    </Chat.Root>
  );
}

/** The quick start's own-markup shape: the host renders the messages, so it must follow every flush. */
function MessagesHost({ api }: { api: string }) {
  counts.host++;
  const chat = useChatStream({ api });
  captured = chat.store;
  return <p data-testid="count">{chat.messages.length}</p>;
}

/** Reads the messages only in a click handler, after the answer, when nothing subscribed it to them. */
function LateReaderHost({ api }: { api: string }) {
  counts.host++;
  const chat = useChatStream({ api });
  captured = chat.store;
  const [shown, setShown] = useState<number>();
  return (
    <Chat.Root store={chat.store}>
      <button onClick={() => setShown(chat.messages.length)}>Count</button>
      <output>{shown}</output>
      <ChatBody />
    </Chat.Root>
  );
}

async function run(Host: (props: { api: string }) => React.ReactNode) {
  counts.host = 0;
  counts.row = 0;
  render(<Host api={await answerServer()} />);
  const log = await streamOneAnswer(captured!);
  return log;
}

const lastRowText = () => document.querySelector('.assistant')?.textContent;

describe('a Chat.Root host while an answer streams over a real socket', () => {
  it('renders once with useChatStream when it only hands the store down, while the row follows the flushes', async () => {
    const log = await run(StreamHost);
    await waitFor(() => expect(lastRowText()).toBe(longAnswer));
    expect(log.rowFlushes).toBeGreaterThanOrEqual(6);
    expect(counts.host).toBe(1);
    // React may fold two flushes into one commit; a row rendering only at the status changes would fail this.
    expect(counts.row).toBeGreaterThanOrEqual(Math.ceil(log.rowFlushes / 2));
  });

  it('renders once per status change, not per token, when it reads the status', async () => {
    const log = await run(StatusHost);
    await waitFor(() => expect(screen.getByTestId('host-status').textContent).toBe('idle'));
    expect(log.statuses).toEqual(['idle', 'submitted', 'streaming', 'idle']);
    expect(counts.host).toBeGreaterThanOrEqual(2);
    expect(counts.host).toBeLessThanOrEqual(log.statuses.length);
    expect(counts.row).toBeGreaterThanOrEqual(Math.ceil(log.rowFlushes / 2));
  });

  it('renders once with useCreateChatStore', async () => {
    const log = await run(CreatedHost);
    await waitFor(() => expect(lastRowText()).toBe(longAnswer));
    expect(counts.host).toBe(1);
    expect(counts.row).toBeGreaterThanOrEqual(Math.ceil(log.rowFlushes / 2));
  });

  it('still renders per flush when the host itself reads the messages (the counters see it)', async () => {
    const log = await run(MessagesHost);
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('2'));
    expect(counts.host).toBeGreaterThanOrEqual(Math.ceil(log.rowFlushes / 2));
  });

  it('gives a field first read in an event handler its current value, though the host never re-rendered', async () => {
    await run(LateReaderHost);
    expect(counts.host).toBe(1);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Count' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2'));
  });
});
