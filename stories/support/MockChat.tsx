import { ChatLayout, type ChatLayoutProps } from './ChatLayout';
import { useMockChat, type MockChatSetup } from './useMockChat';

/** Props of {@link MockChat}: the mock backend's setup and the layout's props. */
export interface MockChatProps extends MockChatSetup, Omit<ChatLayoutProps, 'store'> {}

/** A chat on the embedded mock backend (see `useMockChat`), rendered with the headless {@link ChatLayout}. */
export function MockChat({ scenario, defaults, initialMessages, autoSend, options, ...layout }: MockChatProps) {
  const chat = useMockChat({ scenario, defaults, initialMessages, autoSend, options });
  return <ChatLayout store={chat.store} {...layout} />;
}
