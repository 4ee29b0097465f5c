import { useChatStream, type UseChatStreamOptions } from '../../src/react/useChatStream';
import { getMessageText } from '../../src/message';
import type { ChatStore } from '../../src/store/createChatStore';

/** Props of {@link ChatView}. */
export interface ChatViewProps {
  options: UseChatStreamOptions;
  /** What the Send button sends. */
  input?: string;
  /** Called on every render with the store, so tests can check its identity and read its state. */
  onStore?: (store: ChatStore) => void;
  /** Prefixes test ids, to tell two views apart. */
  name?: string;
}

/**
 * A minimal chat UI on `useChatStream`, the way an application would write one: the messages, the
 * status, and a Send button (a click, so StrictMode's double effects cannot send twice).
 */
export function ChatView({ options, input = 'Hi', onStore, name = 'chat' }: ChatViewProps) {
  const chat = useChatStream(options);
  onStore?.(chat.store);
  return (
    <section aria-label={name}>
      <button type="button" onClick={() => void chat.send(input)}>
        Send {name}
      </button>
      <output data-testid={`${name}-status`}>{chat.status}</output>
      <ul>
        {chat.messages.map((message) => (
          <li key={message.id} data-testid={`${name}-${message.role}`}>
            {getMessageText(message)}
          </li>
        ))}
      </ul>
    </section>
  );
}
