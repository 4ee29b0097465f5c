/**
 * OpenAI Chat Completions, both directions: the request (`toOpenAIMessages`) and the stream decoder,
 * joined as {@link openAIChatProtocol}, the store's default protocol.
 */
export { createOpenAIChatDecoder } from './createOpenAIChatDecoder';
export { openAIChatProtocol } from './openAIChatProtocol';
export {
  toOpenAIMessages,
  type OpenAIChatRequestContentPart,
  type OpenAIChatRequestMessage,
  type OpenAIChatRequestToolCall,
} from './toOpenAIMessages';
