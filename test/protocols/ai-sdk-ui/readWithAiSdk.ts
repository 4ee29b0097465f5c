import { DefaultChatTransport, readUIMessageStream, type UIMessage } from 'ai';
import type { ChatMessage } from '../../../src/message';

/** What `useChat`'s own reader made of a body: its last message snapshot and the errors it reported. */
export interface AiSdkReading {
  message: UIMessage | undefined;
  errors: Error[];
}

/**
 * Reads `body` the way `useChat` does, offline: `DefaultChatTransport` with an injected `fetch` that
 * answers with the bytes (its `parseJsonEventStream` + `uiMessageChunkSchema`), into
 * `readUIMessageStream`, the chunk-to-message logic behind `useChat`.
 */
export async function readWithAiSdk(body: Uint8Array): Promise<AiSdkReading> {
  const transport = new DefaultChatTransport<UIMessage>({
    api: 'http://oracle.invalid/api/chat',
    fetch: () => Promise.resolve(new Response(body.slice(), { headers: { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' } })),
  });
  const stream = await transport.sendMessages({ trigger: 'submit-message', chatId: 'oracle', messageId: undefined, messages: [], abortSignal: undefined });
  const errors: Error[] = [];
  let message: UIMessage | undefined;
  for await (const snapshot of readUIMessageStream({ stream, onError: (error) => errors.push(error as Error) })) message = snapshot;
  return { message, errors };
}

/** A tool call as both sides can state it. */
export interface ComparableCall {
  toolCallId: string;
  toolName: string;
  input: unknown;
  output?: unknown;
  errorText?: string;
  approvalId?: string;
  denied?: true;
}

/** The content both readers agree on, from one of our messages. */
export function comparableOurs(message: ChatMessage) {
  const calls: ComparableCall[] = [];
  for (const part of message.parts) {
    if (part.type !== 'tool-call') continue;
    const call: ComparableCall = { toolCallId: part.toolCallId, toolName: part.toolName, input: part.args };
    if (part.result !== undefined) {
      if (part.isError) call.errorText = part.result as string;
      else call.output = part.result;
    }
    if (part.approval?.id) call.approvalId = part.approval.id;
    if (part.approval?.state === 'denied') call.denied = true;
    calls.push(call);
  }
  return {
    text: message.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join(''),
    reasoning: message.parts.flatMap((part) => (part.type === 'reasoning' ? [part.text] : [])).join(''),
    calls,
    sources: message.parts.flatMap((part) => (part.type === 'source' ? [{ id: part.id, url: part.url, title: part.title }] : [])),
    files: message.parts.flatMap((part) => (part.type === 'file' ? [{ mediaType: part.mediaType, url: part.url }] : [])),
    data: message.parts.flatMap((part) => (part.type === 'data' ? [{ name: part.name, id: part.id, data: part.data }] : [])),
  };
}

/** The same content from the SDK's message. */
export function comparableSdk(message: UIMessage | undefined): ReturnType<typeof comparableOurs> {
  const parts = message?.parts ?? [];
  const calls: ComparableCall[] = [];
  for (const part of parts) {
    if (part.type !== 'dynamic-tool' && !part.type.startsWith('tool-')) continue;
    const tool = part as { type: string; toolName?: string; toolCallId: string; input: unknown; output?: unknown; errorText?: string; state: string; approval?: { id: string } };
    const call: ComparableCall = { toolCallId: tool.toolCallId, toolName: tool.toolName ?? tool.type.slice('tool-'.length), input: tool.input };
    if (tool.output !== undefined) call.output = tool.output;
    if (tool.errorText !== undefined) call.errorText = tool.errorText;
    if (tool.approval?.id) call.approvalId = tool.approval.id;
    if (tool.state === 'output-denied') call.denied = true;
    calls.push(call);
  }
  return {
    text: parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join(''),
    reasoning: parts.flatMap((part) => (part.type === 'reasoning' ? [part.text] : [])).join(''),
    calls,
    sources: parts.flatMap((part) => (part.type === 'source-url' ? [{ id: part.sourceId, url: part.url, title: part.title }] : [])),
    files: parts.flatMap((part) => (part.type === 'file' ? [{ mediaType: part.mediaType, url: part.url }] : [])),
    data: parts.flatMap((part) => (part.type.startsWith('data-') ? [{ name: part.type.slice(5), id: (part as { id?: string }).id, data: (part as { data: unknown }).data }] : [])),
  };
}
