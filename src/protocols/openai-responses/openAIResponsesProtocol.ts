import type { ChatProtocol } from '../ChatProtocol';
import { OPENAI_ATTACHMENT_LIMITS } from '../openai-chat/openAIAttachmentLimits';
import { createOpenAIResponsesDecoder } from './createOpenAIResponsesDecoder';
import { toOpenAIResponsesInput } from './toOpenAIResponsesInput';

/**
 * OpenAI Responses (`/v1/responses`). The request is `{ instructions, input, stream: true, store: false,
 * include: ['reasoning.encrypted_content'] }`; `model`, `tools`, `reasoning` and the rest come from the
 * store's `body` option, which is merged over it. The answer is read by `createOpenAIResponsesDecoder`.
 *
 * The conversation is sent whole on every turn, so nothing needs to be stored at OpenAI: `store: false`
 * keeps the conversation off OpenAI's servers, and `include` asks for each reasoning item's
 * `encrypted_content`, which the next request sends back so that a reasoning model keeps its reasoning
 * across tool calls without `previous_response_id`. To use stored responses instead (needed for
 * background mode), pass `body: { store: true }`. Models without reasoning (gpt-4o, gpt-4.1) reject the
 * `include` with "Encrypted content is not supported with this model": for them pass `body: { include: [] }`.
 *
 * The client tools (the request option `tools`) are declared as function tools, `tools: [{ type:
 * 'function', name, description, parameters, strict: false }]`, the key left out when there are none.
 * `strict: false` because strict mode demands schemas this library cannot promise (every property
 * required, `additionalProperties: false`); the arguments are validated on the client instead. An app's
 * own `tools` in the `body` option (hosted tools such as `web_search`, say) replaces them, being merged last.
 */
export const openAIResponsesProtocol: ChatProtocol = {
  name: 'openai-responses',
  // Every Responses event is named `response.*` (the `event:` line, or the JSON `type` in the 2025-03 shape).
  detect: (event) => event.event?.startsWith('response.') === true || event.data.includes('"type":"response.'),
  // OpenAI's documented limits, as for Chat Completions.
  attachments: OPENAI_ATTACHMENT_LIMITS,
  buildRequest: (messages, { tools }) => ({
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: {
      ...toOpenAIResponsesInput(messages),
      stream: true,
      store: false,
      include: ['reasoning.encrypted_content'],
      ...(tools?.length
        ? { tools: tools.map(({ name, description, inputSchema }) => ({ type: 'function', name, description, parameters: inputSchema, strict: false })) }
        : {}),
    },
  }),
  createDecoder: createOpenAIResponsesDecoder,
};
