// A thread of any length: ChatWindow mounts only the rows near the view, loads older pages as the
// reader nears the top, and can bring any message into view by id.
import { useRef, useState } from 'react';
import { useCreateChatStore, type ChatMessage } from 'react-chat-stream';
import type { ChatMessagesHandle } from 'react-chat-stream/headless';
import { ChatWindow } from 'react-chat-stream/styled';
import 'react-chat-stream/styles.css';

/** One page of older messages from your backend, oldest first, and whether there are more. */
export interface HistoryPage {
  messages: ChatMessage[];
  hasMore: boolean;
}

export interface HistoryChatProps {
  /** The newest messages, shown first. */
  recent: ChatMessage[];
  /** Fetches the page before the message `beforeId`. */
  fetchOlder(beforeId: string): Promise<HistoryPage>;
}

export function HistoryChat({ recent, fetchOlder }: HistoryChatProps) {
  const store = useCreateChatStore({ api: '/api/chat', initialMessages: recent });
  const [hasOlder, setHasOlder] = useState(true);
  const thread = useRef<ChatMessagesHandle>(null);

  const loadOlder = async () => {
    const oldest = store.getState().messages[0];
    if (!oldest) return setHasOlder(false);
    const page = await fetchOlder(oldest.id);
    // Prepended rows appear above; what the reader is looking at does not move.
    store.setMessages((current) => [...page.messages, ...current]);
    setHasOlder(page.hasMore);
  };

  return (
    <>
      <button type="button" onClick={() => thread.current?.scrollToMessage(recent[0]!.id, { align: 'center' })}>
        Where we left off
      </button>
      <ChatWindow store={store} hasOlder={hasOlder} onLoadOlder={loadOlder} handleRef={thread} />
    </>
  );
}
