// Sending while an answer streams: with `whenBusy: 'queue'` the message waits its turn instead.
import { useCreateChatStore } from 'react-chat-stream';
import { Chat, Composer } from 'react-chat-stream/headless';

export function QueueChat() {
  const store = useCreateChatStore({ api: '/api/chat', whenBusy: 'queue' });
  return (
    <Chat.Root store={store}>
      <Chat.Messages />
      <Composer.Root>
        {/* The queue, oldest first, each with Send now (steer) and Remove; after a failed or
            stopped turn it is paused, says so and offers Send next. Nothing while it is empty. */}
        <Composer.Queue />
        <Composer.Input />
        <Composer.Submit />
        <Composer.Stop />
      </Composer.Root>
    </Chat.Root>
  );
}
