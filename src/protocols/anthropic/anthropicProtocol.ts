import type { ChatProtocol } from '../ChatProtocol';
import { createAnthropicDecoder } from './createAnthropicDecoder';
import { toAnthropicMessages, toAnthropicSystem } from './toAnthropicMessages';

const MESSAGE_START = /^\s*\{\s*"type"\s*:\s*"message_start"/;

/**
 * The `max_tokens` of a request when the app's `body` option gives none. The Messages API requires the
 * field; 4096 fits every current Claude model's output limit and a long chat answer. Set `max_tokens`
 * in the `body` option for more (extended thinking needs it above `thinking.budget_tokens`).
 */
export const DEFAULT_ANTHROPIC_MAX_TOKENS = 4096;

/**
 * Anthropic Messages (`POST /v1/messages`), both directions. The request is `{ system?, messages,
 * max_tokens, stream: true }` (see `toAnthropicMessages`); `model`, `max_tokens`, `tools`, `thinking`
 * and the rest come from the store's `body` option, merged over it. The answer is read by
 * `createAnthropicDecoder`. With `detectProtocol`, a response is taken for this format when its
 * first event is `message_start` (by its `event:` name, or the `type` that opens its data).
 *
 * The client tools (the request option `tools`) are declared as `tools: [{ name, description,
 * input_schema }]`, the key left out when there are none; an app's own `tools` in the `body` option
 * (server tools such as `web_search_20250305`, say) replaces them, being merged last.
 *
 * No key or `anthropic-version` header is sent from here: the browser talks to your server (for
 * example `createChatProxy`), which adds `x-api-key` and `anthropic-version` on the way to Anthropic.
 */
export const anthropicProtocol: ChatProtocol = {
  name: 'anthropic',
  buildRequest(messages, { tools }) {
    const system = toAnthropicSystem(messages);
    return {
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: {
        ...(system === undefined ? {} : { system }),
        messages: toAnthropicMessages(messages),
        max_tokens: DEFAULT_ANTHROPIC_MAX_TOKENS,
        stream: true,
        ...(tools?.length ? { tools: tools.map(({ name, description, inputSchema }) => ({ name, description, input_schema: inputSchema })) } : {}),
      },
    };
  },
  createDecoder: createAnthropicDecoder,
  // Every Anthropic stream opens with `message_start`, a name no other supported format uses.
  detect: (event) => event.event === 'message_start' || MESSAGE_START.test(event.data),
};
