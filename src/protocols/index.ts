/**
 * The protocol layer: one folder per wire format, each a {@link ChatProtocol} that builds the request
 * of a turn and decodes the server-sent events of its answer into normalized {@link StreamPart}s.
 * Framework-free.
 */
export type { StreamPart, StreamPartType } from './StreamPart';
export type { StreamDecoder, StreamDecoderContext, StreamDecoderFactory, EmitStreamPart, SseEvent } from './StreamDecoder';
export type { AttachmentLimits, ChatProtocol, ChatProtocolRequest, ChatProtocolRequestOptions, ToolDefinition } from './ChatProtocol';
export { checkAttachments, DEFAULT_ATTACHMENT_LIMITS } from './checkAttachments';
export { detectProtocol } from './detectProtocol';
export * from './openai-chat/index';
export * from './ai-sdk-ui/index';
export * from './anthropic/index';
export * from './openai-responses/index';
export * from './gemini/index';
