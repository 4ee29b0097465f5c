/**
 * The AI SDK UI message stream (`x-vercel-ai-ui-message-stream: v1`), both directions: the request
 * (`toUIMessages`) and the stream decoder, joined as {@link aiSdkUiProtocol}.
 */
export { aiSdkUiProtocol } from './aiSdkUiProtocol';
export { createAiSdkUiDecoder } from './createAiSdkUiDecoder';
export { toUIMessages } from './toUIMessages';
export type { AiSdkUiMessage, AiSdkUiMessagePart, AiSdkUiRequestBody, AiSdkUiToolPart } from './AiSdkUiMessage';
