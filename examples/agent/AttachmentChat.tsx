// Attachments: a file button, paste and drop, previews with remove, and refusals shown as files arrive.
import { useCreateChatStore } from 'react-chat-stream';
import { Chat, Composer } from 'react-chat-stream/headless';

// Media type (or pattern such as 'image/*') → largest size in bytes; the protocol's own limits by default.
export const attachmentLimits = { 'image/png': 4_000_000, 'image/jpeg': 4_000_000, 'application/pdf': 10_000_000 };

export function AttachmentChat() {
  const store = useCreateChatStore({ api: '/api/chat', attachments: attachmentLimits });
  return (
    <Chat.Root store={store}>
      <Chat.Messages />
      {/* A drop target (data-dragging while files are over it); paste into the input attaches too. */}
      <Composer.Root className="composer">
        {/* Thumbnails and file chips, each with a remove button; a role="alert" line per refused file. */}
        <Composer.Attachments />
        <Composer.Input />
        {/* Opens the file picker, whose `accept` is the limits' media types unless you pass one. */}
        <Composer.AttachButton />
        <Composer.Submit />
      </Composer.Root>
    </Chat.Root>
  );
}
