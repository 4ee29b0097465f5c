import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MessagePartComponents, MessagePartProps } from '../../src/headless';
import type { TextPart } from '../../src/message';
import { useChatStream, useCreateChatStore } from '../../src/react';
import type { ChatStore } from '../../src/store/createChatStore';
import { ChatWindow } from '../../src/styled';
import { answerServerForEachTest, longAnswer, streamOneAnswer, type RenderCounts } from '../helpers/hostRenderRun';
import { setupRealSocketReact } from '../react/setupRealSocketReact';

setupRealSocketReact();
const answerServer = answerServerForEachTest();

const counts: RenderCounts = { host: 0, row: 0 };
let captured: ChatStore | undefined;

// The streaming row's text part: it renders each time the row's text grows.
function CountedText({ part, messageRole }: MessagePartProps<TextPart>) {
  if (messageRole === 'assistant') counts.row++;
  return <p className="counted">{part.text}</p>;
}

const parts: MessagePartComponents = { text: CountedText };

/** The README quick start's window: `useCreateChatStore`, then `<ChatWindow store>`. */
function CreatedParent({ api }: { api: string }) {
  counts.host++;
  const store = useCreateChatStore({ api });
  captured = store;
  return <ChatWindow store={store} title="Assistant" parts={parts} />;
}

/** `useChatStream` in the parent, handing `chat.store` to the window and showing the status beside it. */
function StreamParent({ api }: { api: string }) {
  counts.host++;
  const chat = useChatStream({ api });
  captured = chat.store;
  return (
    <main data-status={chat.status}>
      <ChatWindow store={chat.store} title="Assistant" parts={parts} />
    </main>
  );
}

async function run(Parent: (props: { api: string }) => React.ReactNode) {
  counts.host = 0;
  counts.row = 0;
  render(<Parent api={await answerServer()} />);
  const log = await streamOneAnswer(captured!);
  await waitFor(() => expect(document.querySelector('.rcs-message[data-role="assistant"] .counted')?.textContent).toBe(longAnswer));
  return log;
}

describe("ChatWindow's parent while an answer streams over a real socket", () => {
  it('renders once with useCreateChatStore, as the README recommends, while the text part follows the flushes', async () => {
    const log = await run(CreatedParent);
    expect(log.rowFlushes).toBeGreaterThanOrEqual(6);
    expect(counts.host).toBe(1);
    // React may fold two flushes into one commit; a part rendering only at the status changes would fail this.
    expect(counts.row).toBeGreaterThanOrEqual(Math.ceil(log.rowFlushes / 2));
    expect(screen.getByRole('heading', { name: 'Assistant' })).toBeTruthy();
  });

  it('renders once per status change with useChatStream when it reads only the status', async () => {
    const log = await run(StreamParent);
    await waitFor(() => expect(document.querySelector('main')?.getAttribute('data-status')).toBe('idle'));
    expect(log.statuses).toEqual(['idle', 'submitted', 'streaming', 'idle']);
    expect(counts.host).toBeGreaterThanOrEqual(2);
    expect(counts.host).toBeLessThanOrEqual(log.statuses.length);
    expect(counts.row).toBeGreaterThanOrEqual(Math.ceil(log.rowFlushes / 2));
  });
});
