import type { ChatProtocol } from '../ChatProtocol';
import type { AiSdkUiRequestBody } from './AiSdkUiMessage';
import { createAiSdkUiDecoder } from './createAiSdkUiDecoder';
import { toUIMessages } from './toUIMessages';

/**
 * The AI SDK UI message stream (protocol v1): what a route built with the Vercel AI SDK answers
 * (`streamText(…).toUIMessageStreamResponse()`, with the header `x-vercel-ai-ui-message-stream: v1`),
 * the backend of `useChat`. The request is the body `useChat`'s `DefaultChatTransport` sends,
 * `{ id, messages, trigger: 'submit-message' }` with the conversation as `UIMessage`s (see
 * `toUIMessages`); the store's `body` option is merged over it. The answer is read by
 * `createAiSdkUiDecoder`.
 */
export const aiSdkUiProtocol: ChatProtocol = {
  name: 'ai-sdk-ui',
  buildRequest: (messages, { chatId }) => {
    const body: AiSdkUiRequestBody = { id: chatId, messages: toUIMessages(messages), trigger: 'submit-message' };
    return { headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body };
  },
  createDecoder: createAiSdkUiDecoder,
};
