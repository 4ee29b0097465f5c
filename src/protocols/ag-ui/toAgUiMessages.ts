import type { ChatMessage, ChatPart, FilePart, ToolCallPart } from '../../message';
import type { AgUiInputContent, AgUiMessage, AgUiToolCall } from './AgUiRunAgentInput';

const stringOf = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

// Tool message content is text: a string result goes as it came, anything else as JSON.
const resultText = (result: unknown): string => (typeof result === 'string' ? result : (JSON.stringify(result) ?? ''));

function fileContent(file: FilePart): AgUiInputContent {
  const [major] = file.mediaType.split('/');
  const type = major === 'image' || major === 'audio' || major === 'video' ? major : 'document';
  return file.data !== undefined
    ? { type, source: { type: 'data', value: file.data, mimeType: file.mediaType } }
    : { type, source: { type: 'url', value: file.url ?? '', mimeType: file.mediaType } };
}

const textOf = (parts: readonly ChatPart[]): string => parts.map((part) => (part.type === 'text' ? part.text : '')).join('');

function userContent(parts: readonly ChatPart[]): string | AgUiInputContent[] {
  if (!parts.some((part) => part.type === 'file')) return textOf(parts);
  const content: AgUiInputContent[] = [];
  for (const part of parts) {
    if (part.type === 'text') content.push({ type: 'text', text: part.text });
    else if (part.type === 'file') content.push(fileContent(part));
  }
  return content;
}

function toolCall(part: ToolCallPart): AgUiToolCall {
  const call: AgUiToolCall = { id: part.toolCallId, type: 'function', function: { name: part.toolName, arguments: part.argumentsText } };
  const encrypted = stringOf(part.providerData?.encryptedValue);
  if (encrypted !== undefined) call.encryptedValue = encrypted;
  return call;
}

/**
 * Splits one assistant message (a whole agent turn) into the AG-UI messages it stands for: an
 * assistant message per step (its text and tool calls), a `tool` message after it for each call with a
 * result, and a `reasoning` message for each reasoning part (with its encrypted value). Ids are the
 * ones the agent streamed, where it sent them, so that agents that key their history by message id
 * (LangGraph) recognise their own messages; otherwise they derive from the message id.
 */
function splitAssistant(message: ChatMessage, out: AgUiMessage[]): void {
  // Encrypted reasoning the agent attached to one of its assistant messages goes back on that message.
  const attached = new Map<string, string>();
  const ownIds = new Set<string>();
  for (const part of message.parts) {
    const own = part.type === 'text' ? part.providerData?.messageId : part.type === 'tool-call' ? part.providerData?.parentMessageId : undefined;
    if (typeof own === 'string') ownIds.add(own);
  }
  for (const part of message.parts) {
    const entityId = part.type === 'reasoning' ? stringOf(part.providerData?.entityId) : undefined;
    if (entityId !== undefined && ownIds.has(entityId) && part.type === 'reasoning' && part.encrypted !== undefined) attached.set(entityId, part.encrypted);
  }
  let content = '';
  let id: string | undefined;
  let calls: AgUiToolCall[] = [];
  let results: AgUiMessage[] = [];
  let count = 0;
  const nextId = () => (count++ === 0 ? message.id : `${message.id}-${count - 1}`);
  const flush = () => {
    if (content !== '' || calls.length > 0) {
      const entry: AgUiMessage = { id: id ?? nextId(), role: 'assistant' };
      if (content !== '') entry.content = content;
      if (calls.length > 0) entry.toolCalls = calls;
      const encrypted = attached.get(entry.id);
      if (encrypted !== undefined) entry.encryptedValue = encrypted;
      out.push(entry, ...results);
    }
    content = '';
    id = undefined;
    calls = [];
    results = [];
  };
  for (const part of message.parts) {
    switch (part.type) {
      case 'text':
      case 'refusal':
        // Text after tool calls is the next model call's answer: its own message.
        if (calls.length > 0) flush();
        id ??= part.type === 'text' ? stringOf(part.providerData?.messageId) : undefined;
        content += part.text;
        break;
      case 'reasoning': {
        const entityId = stringOf(part.providerData?.entityId);
        if (entityId !== undefined && attached.has(entityId)) break;
        flush();
        if (part.text !== '' || part.encrypted !== undefined) {
          const reasoning: AgUiMessage = { id: stringOf(part.providerData?.messageId) ?? entityId ?? nextId(), role: 'reasoning', content: part.text };
          if (part.encrypted !== undefined) reasoning.encryptedValue = part.encrypted;
          out.push(reasoning);
        }
        break;
      }
      case 'tool-call': {
        id ??= stringOf(part.providerData?.parentMessageId);
        calls.push(toolCall(part));
        if (part.result === undefined) break;
        const text = resultText(part.result);
        const result: AgUiMessage = { id: stringOf(part.providerData?.resultMessageId) ?? `${part.toolCallId}-result`, role: 'tool', toolCallId: part.toolCallId, content: text };
        if (part.isError) result.error = text;
        results.push(result);
        break;
      }
      case 'step-start':
        flush();
        break;
    }
  }
  flush();
}

/**
 * Converts the conversation to AG-UI messages (`RunAgentInput.messages`). User messages with files
 * become multimodal content (`image`, `audio`, `video` or `document` parts, inline or by URL); an
 * assistant message becomes the assistant, tool and reasoning messages of its steps (tool results go
 * back as `tool` messages, after the call they answer). Assistant messages with nothing to send are
 * left out.
 */
export function toAgUiMessages(messages: readonly ChatMessage[]): AgUiMessage[] {
  const out: AgUiMessage[] = [];
  for (const message of messages) {
    if (message.role === 'assistant') splitAssistant(message, out);
    else if (message.role === 'user') out.push({ id: message.id, role: 'user', content: userContent(message.parts) });
    else out.push({ id: message.id, role: 'system', content: textOf(message.parts) });
  }
  return out;
}
