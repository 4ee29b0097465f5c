// Sending while an answer streams: with `whenBusy: 'queue'` the message waits its turn instead.
import { isChatBusy, useChatSelector, useCreateChatStore, type ChatStore } from 'react-chat-stream';
import { ChatWindow } from 'react-chat-stream/styled';
import 'react-chat-stream/styles.css';

function QueuedMessages({ store }: { store: ChatStore }) {
  const queue = useChatSelector((state) => state.queue, { store });
  // Nothing in flight yet messages wait: the last turn failed or was stopped, and the queue is paused.
  const paused = useChatSelector((state) => !isChatBusy(state.status) && state.queue.length > 0, { store });
  if (queue.length === 0) return null;
  return (
    <section aria-label="Queued messages">
      <ol>
        {queue.map((item) => (
          <li key={item.id}>
            {item.text}
            {/* Steer: stop the answer in flight and send this one now; the rest keep their order. */}
            <button type="button" aria-label={`Send now: ${item.text}`} onClick={() => void store.sendQueuedNow(item.id)}>
              Send now
            </button>
            <button type="button" aria-label={`Remove: ${item.text}`} onClick={() => store.removeQueued(item.id)}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      {paused && <button type="button" onClick={() => void store.resumeQueue()}>Resume the queue</button>}
    </section>
  );
}

export function QueueChat() {
  const store = useCreateChatStore({ api: '/api/chat', whenBusy: 'queue' });
  return (
    <ChatWindow store={store}>
      <QueuedMessages store={store} />
    </ChatWindow>
  );
}
