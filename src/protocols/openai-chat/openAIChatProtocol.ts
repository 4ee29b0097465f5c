import type { ChatProtocol } from '../ChatProtocol';
import { createOpenAIChatDecoder } from './createOpenAIChatDecoder';
import { OPENAI_ATTACHMENT_LIMITS } from './openAIAttachmentLimits';
import { toOpenAIMessages } from './toOpenAIMessages';

/**
 * OpenAI Chat Completions (`/v1/chat/completions`), the default protocol, spoken by OpenAI and the
 * many servers that copy it. The request is `{ messages, stream: true, stream_options: {
 * include_usage: true } }` (so usage arrives in the stream); the answer is read by
 * `createOpenAIChatDecoder`.
 *
 * The client tools (the request option `tools`) are declared as `tools: [{ type: 'function', function:
 * { name, description, parameters } }]`, the key left out when there are none; an app's own `tools` in
 * the store's `body` option is merged over the body afterwards and so replaces them.
 */
export const openAIChatProtocol: ChatProtocol = {
  name: 'openai-chat',
  buildRequest: (messages, { tools }) => ({
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: {
      messages: toOpenAIMessages(messages),
      stream: true,
      stream_options: { include_usage: true },
      ...(tools?.length
        ? { tools: tools.map(({ name, description, inputSchema }) => ({ type: 'function', function: { name, description, parameters: inputSchema } })) }
        : {}),
    },
  }),
  createDecoder: createOpenAIChatDecoder,
  // Every Chat Completions frame has `choices` (or is the `[DONE]` terminator or an `error` object without an event name).
  // Images go as `image_url`, PDFs as `file` data, text files inline as text (OpenAI's documented limits).
  attachments: OPENAI_ATTACHMENT_LIMITS,
  detect: (event) => event.event === undefined && (event.data.includes('"choices"') || event.data.trim() === '[DONE]'),
};
