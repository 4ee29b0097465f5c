/**
 * OpenAI Responses API, both directions: the request (`toOpenAIResponsesInput`) and the stream decoder,
 * joined as {@link openAIResponsesProtocol}.
 */
export { createOpenAIResponsesDecoder } from './createOpenAIResponsesDecoder';
export { RESPONSE_STATUS_DATA } from './createResponseLifecycle';
export { openAIResponsesProtocol } from './openAIResponsesProtocol';
export { toOpenAIResponsesInput } from './toOpenAIResponsesInput';
export type {
  OpenAIResponsesInput,
  OpenAIResponsesInputContent,
  OpenAIResponsesInputItem,
  OpenAIResponsesOutputContent,
} from './OpenAIResponsesInputItem';
