import { useChat, type UIMessage } from '@ai-sdk/react';
import { useEffect, useState } from 'react';
import type { ContenderProps } from './ContenderProps';
import type { BenchMessage } from './conversation';
import { countRowRenders } from './rowRenders';

const asUIMessages = (messages: readonly BenchMessage[]): UIMessage[] =>
  messages.map(({ id, role, content }) => ({ id, role, parts: [{ type: 'text', text: content }] }));

/**
 * `useChat` from `@ai-sdk/react` 4 (with its own `ai` 7) written as the AI SDK's docs show it: the
 * default transport and throttle, and the messages mapped to divs of their text parts. The mock plays
 * the same tokens at the same times as for our pages, in the AI SDK's UI message stream.
 */
export function UseChatApp({ initialMessages, fetch, onReady }: ContenderProps) {
  const [messages] = useState(() => asUIMessages(initialMessages));
  const chat = useChat({ messages });
  const { sendMessage } = chat;
  useEffect(() => {
    // useChat takes no fetch: its default transport calls globalThis.fetch at send time, so the page
    // puts the paced mock there (one contender per page, nothing else fetches).
    globalThis.fetch = fetch;
    onReady((question) => sendMessage({ text: question }));
  }, [fetch, sendMessage, onReady]);
  // The plain pages count a row per element they re-create, as here.
  countRowRenders(chat.messages.length);
  return (
    <main className="bench-log">
      {chat.messages.map((message) => (
        <div key={message.id} className="bench-row" data-role={message.role}>
          {message.parts.map((part, index) => (part.type === 'text' ? <span key={index}>{part.text}</span> : null))}
        </div>
      ))}
    </main>
  );
}
