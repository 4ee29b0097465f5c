import { useEffect, useState } from 'react';
import { asChatMessages } from './conversation';
import { useChatStream } from '../../src/react';
import { ChatWindow } from '../../src/styled';
import { BENCH_API, type ContenderProps } from './ContenderProps';

/**
 * Our finished UI with its defaults (markdown, auto-scroll, virtualized list, stats, actions),
 * filling the viewport as a chat page would. The harness loads `src/styled/styles.css` for this page only.
 */
export function StyledApp({ initialMessages, fetch, onReady }: ContenderProps) {
  // Converted once: the host re-renders per frame while streaming, and initialMessages is read only once.
  const [messages] = useState(() => asChatMessages(initialMessages));
  const chat = useChatStream({ api: BENCH_API, fetch, initialMessages: messages });
  const { store } = chat;
  useEffect(() => onReady((question) => store.send(question)), [store, onReady]);
  return (
    <div style={{ height: '100vh' }}>
      <ChatWindow store={chat.store} title="Render bench" theme="light" />
    </div>
  );
}
