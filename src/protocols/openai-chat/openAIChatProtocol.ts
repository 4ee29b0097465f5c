import type { ChatProtocol } from '../ChatProtocol';
import { createOpenAIChatDecoder } from './createOpenAIChatDecoder';
import { toOpenAIMessages } from './toOpenAIMessages';

const MB = 1024 * 1024;

/**
 * OpenAI Chat Completions (`/v1/chat/completions`), the default protocol, spoken by OpenAI and the
 * many servers that copy it. The request is `{ messages, stream: true, stream_options: {
 * include_usage: true } }` (so usage arrives in the stream); the answer is read by
 * `createOpenAIChatDecoder`.
 */
export const openAIChatProtocol: ChatProtocol = {
  name: 'openai-chat',
  buildRequest: (messages) => ({
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: { messages: toOpenAIMessages(messages), stream: true, stream_options: { include_usage: true } },
  }),
  createDecoder: createOpenAIChatDecoder,
  // Every Chat Completions frame has `choices` (or is the `[DONE]` terminator or an `error` object without an event name).
  // Images go as `image_url`, PDFs as `file` data, text files inline as text (OpenAI's documented limits).
  attachments: { 'image/png': 20 * MB, 'image/jpeg': 20 * MB, 'image/gif': 20 * MB, 'image/webp': 20 * MB, 'application/pdf': 32 * MB, 'text/*': 20 * MB, 'application/json': 20 * MB },
  detect: (event) => event.event === undefined && (event.data.includes('"choices"') || event.data.trim() === '[DONE]'),
};
