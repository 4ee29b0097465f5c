import { useChatStream } from 'react-chat-stream';
import { Action, Chat, Composer, Message, type MessageComponents } from 'react-chat-stream/headless';

function AssistantMessage() {
  return (
    <Message.Root className="assistant">
      <Message.Content />
      <Message.Status />
      <Message.Error render={(error) => <p role="alert">{error?.message} <Action.Retry /></p>} />
      <Message.Actions>
        <Action.Copy />
        <Action.Regenerate />
      </Message.Actions>
    </Message.Root>
  );
}

// Module-level, so that rows keep their identity from one render to the next.
const components: MessageComponents = { AssistantMessage };

export function HeadlessChat() {
  const chat = useChatStream({ api: '/api/chat' });
  return (
    <Chat.Root store={chat.store}>
      <Chat.Viewport style={{ maxHeight: 400, overflowY: 'auto' }}>
        <Chat.Empty>Ask anything.</Chat.Empty>
        <Chat.Messages components={components} />
      </Chat.Viewport>
      <Composer.Root>
        <Composer.Input />
        <Composer.Submit />
        <Composer.Stop />
      </Composer.Root>
    </Chat.Root>
  );
}
