/**
 * Anthropic Messages, both directions: the request (`toAnthropicMessages`, `toAnthropicSystem`) and
 * the stream decoder, joined as {@link anthropicProtocol}.
 */
export { anthropicProtocol, DEFAULT_ANTHROPIC_MAX_TOKENS } from './anthropicProtocol';
export { ANTHROPIC_CONTAINER_DATA, ANTHROPIC_STOP_DETAILS_DATA, createAnthropicDecoder } from './createAnthropicDecoder';
export { normalizeAnthropicUsage } from './normalizeAnthropicUsage';
export { toAnthropicMessages, toAnthropicSystem } from './toAnthropicMessages';
export type { AnthropicRequestContentBlock, AnthropicRequestMessage, AnthropicRequestSource } from './AnthropicRequestMessage';
