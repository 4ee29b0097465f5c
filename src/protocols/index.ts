/**
 * The protocol layer: turns the server-sent events of one response into normalized
 * {@link StreamPart}s, with one decoder per wire format. Framework-free.
 */
export type { StreamPart, ChatUsage, StreamPartType } from './StreamPart';
export type { StreamDecoder, StreamDecoderFactory, EmitStreamPart, SseEvent } from './StreamDecoder';
export { createOpenAIChatDecoder } from './createOpenAIChatDecoder';
export { normalizeOpenAIUsage } from './normalizeOpenAIUsage';
