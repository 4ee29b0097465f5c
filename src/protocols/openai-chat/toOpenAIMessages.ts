import type { ChatMessage, FilePart, ToolCallPart } from '../../message';
import { fileAsDataUrl, fileAsText } from '../fileContent';

/** A tool call of an assistant request message: a function call, or a custom tool call with its input text. */
export type OpenAIChatRequestToolCall =
  | { id: string; type: 'function'; function: { name: string; arguments: string } }
  | { id: string; type: 'custom'; custom: { name: string; input: string } };

/** A piece of a user message's content array: text, an image, or a file (PDF). */
export type OpenAIChatRequestContentPart =
  | { type: 'text'; text: string }
  | { type: 'image_url'; image_url: { url: string } }
  | { type: 'file'; file: { filename?: string; file_data: string } };

/** A message in the shape the OpenAI Chat Completions API takes. */
export type OpenAIChatRequestMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string | OpenAIChatRequestContentPart[] }
  | { role: 'assistant'; content: string | null; tool_calls?: OpenAIChatRequestToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

// A custom tool's input goes back as the raw text the model wrote, in the shape it arrived in.
const toRequestToolCall = (call: ToolCallPart): OpenAIChatRequestToolCall =>
  call.custom
    ? { id: call.toolCallId, type: 'custom', custom: { name: call.toolName, input: call.argumentsText } }
    : { id: call.toolCallId, type: 'function', function: { name: call.toolName, arguments: call.argumentsText } };

const resultText = (call: ToolCallPart): string =>
  typeof call.result === 'string' ? call.result : JSON.stringify(call.result === undefined ? null : call.result);

const toContentPart = (file: FilePart): OpenAIChatRequestContentPart => {
  if (file.mediaType.startsWith('image/')) return { type: 'image_url', image_url: { url: fileAsDataUrl(file) } };
  const text = fileAsText(file);
  if (text !== undefined) return { type: 'text', text: file.name ? `${file.name}:\n${text}` : text };
  return { type: 'file', file: { ...(file.name ? { filename: file.name } : {}), file_data: fileAsDataUrl(file) } };
};

function pushUser(out: OpenAIChatRequestMessage[], message: ChatMessage): void {
  if (!message.parts.some((part) => part.type === 'file')) {
    out.push({ role: 'user', content: textOf(message) });
    return;
  }
  const content: OpenAIChatRequestContentPart[] = [];
  for (const part of message.parts) {
    if (part.type === 'text') content.push({ type: 'text', text: part.text });
    else if (part.type === 'file') content.push(toContentPart(part));
  }
  out.push({ role: 'user', content });
}

const textOf = (message: ChatMessage): string => {
  let text = '';
  for (const part of message.parts) if (part.type === 'text') text += part.text;
  return text;
};

/**
 * Each step of an agent turn becomes an assistant message (its text and `tool_calls`) followed by one
 * `tool` message per answered call, which is the order the API requires. Reasoning is not sent back:
 * Chat Completions has no field for it and DeepSeek rejects `reasoning_content` in a request.
 */
function pushAssistant(out: OpenAIChatRequestMessage[], message: ChatMessage): void {
  let text = '';
  let calls: ToolCallPart[] = [];
  const flush = () => {
    if (text === '' && calls.length === 0) return;
    out.push(calls.length === 0 ? { role: 'assistant', content: text } : { role: 'assistant', content: text === '' ? null : text, tool_calls: calls.map(toRequestToolCall) });
    for (const call of calls) if (call.result !== undefined) out.push({ role: 'tool', tool_call_id: call.toolCallId, content: resultText(call) });
    text = '';
    calls = [];
  };
  for (const part of message.parts) {
    if (part.type === 'text') text += part.text;
    // A tool the provider ran has no place in a Chat Completions request: its output is in the text.
    else if (part.type === 'tool-call' && !part.providerExecuted) calls.push(part);
    else if (part.type === 'step-start') flush();
  }
  flush();
}

/**
 * Converts the conversation to OpenAI request messages. Assistant messages with neither text nor tool
 * calls (a turn that failed before saying anything) are left out: they carry nothing the model should
 * see, and an empty assistant turn is rejected by several servers.
 */
export function toOpenAIMessages(messages: readonly ChatMessage[]): OpenAIChatRequestMessage[] {
  const out: OpenAIChatRequestMessage[] = [];
  for (const message of messages) {
    if (message.role === 'system') out.push({ role: 'system', content: textOf(message) });
    else if (message.role === 'user') pushUser(out, message);
    else if (message.role === 'assistant') pushAssistant(out, message);
  }
  return out;
}
