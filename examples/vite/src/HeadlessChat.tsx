import { useChatStream } from 'react-chat-stream';
import { Chat, Composer } from 'react-chat-stream/headless';

export function HeadlessChat() {
  const chat = useChatStream({ api: '/api/chat' });
  return (
    <Chat.Root chat={chat}>
      <Chat.Viewport style={{ maxHeight: 400, overflowY: 'auto' }}>
        <Chat.Empty>Ask something.</Chat.Empty>
        <Chat.Messages />
      </Chat.Viewport>
      <Composer.Root>
        <Composer.Input placeholder="Message" />
        <Composer.Submit />
        <Composer.Stop />
      </Composer.Root>
    </Chat.Root>
  );
}
