// Approval: a call that needs a person waits for Approve (it runs) or Deny (the model is told no).
import { useCreateChatStore } from 'react-chat-stream';
import type { ChatTool } from 'react-chat-stream/core';
import { Chat, Composer, ToolCall, type ToolCallPartProps } from 'react-chat-stream/headless';

const deleteFile: ChatTool<{ path: string }> = {
  description: 'Deletes a file of the project',
  parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
  // `true`, or decided per call (it may be async): files under tmp/ go without asking.
  needsApproval: ({ path }) => !path.startsWith('tmp/'),
  execute: async ({ path }, { signal }) => {
    const response = await fetch(`/api/files?path=${encodeURIComponent(path)}`, { method: 'DELETE', signal });
    if (!response.ok) throw new Error(`Could not delete ${path}: ${response.status}`);
    return { deleted: path };
  },
};

function DeleteFileCard({ part }: ToolCallPartProps) {
  const path = (part.args as { path?: string } | undefined)?.path;
  return (
    <ToolCall.Root call={part} className="delete-card">
      <p>Delete {path}?</p>
      {/* Shown only while the call awaits approval; named "Approve delete_file" and "Deny delete_file". */}
      <ToolCall.Approve>Delete</ToolCall.Approve>
      <ToolCall.Deny>Keep it</ToolCall.Deny>
      <ToolCall.Result render={(_result, call) => (call.isError ? 'Kept.' : 'Deleted.')} />
    </ToolCall.Root>
  );
}

// Module level, so rows keep their components from one render to the next.
const tools = { delete_file: DeleteFileCard };

export function FilesChat() {
  const store = useCreateChatStore({ api: '/api/chat', tools: { delete_file: deleteFile } });
  return (
    <Chat.Root store={store}>
      <Chat.Messages parts={{ tools }} />
      <Composer.Root>
        <Composer.Input />
        <Composer.Submit />
      </Composer.Root>
    </Chat.Root>
  );
}
