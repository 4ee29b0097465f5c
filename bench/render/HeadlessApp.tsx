import { useEffect, useState } from 'react';
import { asChatMessages } from './conversation';
import { Chat, Message, type MessageComponentProps, type MessageComponents } from '../../src/headless';
import { useChatStream } from '../../src/react';
import { BENCH_API, type ContenderProps } from './ContenderProps';

// The smallest row an app would write: its own div around the library's content part, which renders
// assistant text as streaming markdown and other roles as text.
function Row({ message }: MessageComponentProps) {
  return (
    <div className="bench-row" data-role={message.role}>
      <Message.Content />
    </div>
  );
}

const components: MessageComponents = { UserMessage: Row, AssistantMessage: Row };

/** Our headless parts as an app would use them: `useChatStream` (default `'frame'` throttle) at the top. */
export function HeadlessApp({ initialMessages, fetch, onReady }: ContenderProps) {
  // Converted once: the host re-renders per frame while streaming, and initialMessages is read only once.
  const [messages] = useState(() => asChatMessages(initialMessages));
  const chat = useChatStream({ api: BENCH_API, fetch, initialMessages: messages });
  const { store } = chat;
  useEffect(() => onReady((question) => store.send(question)), [store, onReady]);
  return (
    <Chat.Root store={chat.store} className="bench-log">
      <Chat.Messages components={components} />
    </Chat.Root>
  );
}
