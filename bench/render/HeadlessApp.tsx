import { useEffect, useState, type ComponentType } from 'react';
import { asChatMessages } from './conversation';
import { Chat, Message, preloadMarkdown, type MessageComponentProps, type MessageComponents } from '../../src/headless';
import { useChatStream } from '../../src/react';
import { BENCH_API, type ContenderProps } from './ContenderProps';
import { countRowRenders } from './rowRenders';

// As an app does at start (ChatWindow does it itself): answers render as markdown from their first frame.
void preloadMarkdown();

// The smallest row an app would write: its own div around the library's content part, which renders
// assistant text as streaming markdown and other roles as text.
function Row({ message }: MessageComponentProps) {
  countRowRenders();
  return (
    <div className="bench-row" data-role={message.role}>
      <Message.Content />
    </div>
  );
}

const components: MessageComponents = { UserMessage: Row, AssistantMessage: Row };

/**
 * Our headless parts as an app would use them: `useChatStream` (default `'frame'` throttle) at the top,
 * the conversation in a `Chat.Viewport` filling the window (sticks to the bottom while the answer
 * streams), plain or virtualized; the two pages differ by that prop alone.
 */
function createHeadlessApp(virtualize: boolean): ComponentType<ContenderProps> {
  return function HeadlessApp({ initialMessages, fetch, onReady }: ContenderProps) {
    // Converted once: initialMessages is read only on the store's creation.
    const [messages] = useState(() => asChatMessages(initialMessages));
    const chat = useChatStream({ api: BENCH_API, fetch, initialMessages: messages });
    const { store } = chat;
    useEffect(() => onReady((question) => store.send(question)), [store, onReady]);
    return (
      <Chat.Root store={store}>
        <Chat.Viewport className="bench-viewport">
          <Chat.Messages className="bench-log" components={components} virtualize={virtualize} />
        </Chat.Viewport>
      </Chat.Root>
    );
  };
}

/** The headless list, every message mounted. */
export const HeadlessApp = createHeadlessApp(false);

/** The headless list with `<Chat.Messages virtualize>`: only the rows near the view are mounted. */
export const VirtualApp = createHeadlessApp(true);
