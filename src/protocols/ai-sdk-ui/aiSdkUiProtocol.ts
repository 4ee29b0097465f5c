import type { ChatProtocol } from '../ChatProtocol';
import type { SseEvent } from '../StreamDecoder';
import type { AiSdkUiRequestBody } from './AiSdkUiMessage';
import { isRecord } from './aiSdkUiFields';
import { createAiSdkUiDecoder } from './createAiSdkUiDecoder';
import { toUIMessages } from './toUIMessages';

/** The chunk types of `ai` 6's UI message stream; `data-<name>` chunks are recognized by their prefix. */
const CHUNK_TYPES = new Set([
  'start', 'finish', 'abort', 'message-metadata', 'start-step', 'finish-step', 'text-start', 'text-delta', 'text-end',
  'reasoning-start', 'reasoning-delta', 'reasoning-end', 'tool-input-start', 'tool-input-delta', 'tool-input-available',
  'tool-input-error', 'tool-approval-request', 'tool-output-available', 'tool-output-error', 'tool-output-denied',
  'source-url', 'source-document', 'file',
]);

/**
 * A UI message stream chunk is a JSON object, with no `event:` name, whose `type` is one of the SDK's
 * kebab-case chunk types; an `error` chunk has `errorText`. No other supported format looks like that:
 * Anthropic and OpenAI Responses name their events, AG-UI types are upper case, Chat Completions and
 * Gemini frames have no `type`.
 */
function detect(event: SseEvent): boolean {
  if (event.event !== undefined || !event.data.includes('"type"')) return false;
  let chunk: unknown;
  try {
    chunk = JSON.parse(event.data);
  } catch {
    return false;
  }
  if (!isRecord(chunk) || typeof chunk.type !== 'string') return false;
  if (chunk.type === 'error') return typeof chunk.errorText === 'string';
  return CHUNK_TYPES.has(chunk.type) || chunk.type.startsWith('data-');
}

/**
 * The AI SDK UI message stream (protocol v1): what a route built with the Vercel AI SDK answers
 * (`streamText(…).toUIMessageStreamResponse()`, with the header `x-vercel-ai-ui-message-stream: v1`),
 * the backend of `useChat`. The request is the body `useChat`'s `DefaultChatTransport` sends,
 * `{ id, messages, trigger: 'submit-message' }` with the conversation as `UIMessage`s (see
 * `toUIMessages`); the store's `body` option is merged over it. The answer is read by
 * `createAiSdkUiDecoder`. With `detectProtocol`, a response is taken for this format by its first
 * chunk (see `detect`).
 *
 * The client tools (the request option `tools`) are not sent: an AI SDK route defines its tools on the
 * server (`streamText({ tools })`), and `DefaultChatTransport` sends none. A route that reads tool
 * declarations from the request can get them through the `body` option.
 */
export const aiSdkUiProtocol: ChatProtocol = {
  name: 'ai-sdk-ui',
  buildRequest: (messages, { chatId }) => {
    const body: AiSdkUiRequestBody = { id: chatId, messages: toUIMessages(messages), trigger: 'submit-message' };
    return { headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body };
  },
  createDecoder: createAiSdkUiDecoder,
  detect,
};
