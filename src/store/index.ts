export type {
  ChatChoice,
  ChatMessage,
  ChatMessageStatus,
  ChatMessageTiming,
  ChatRole,
  ToolCall,
  ToolCallState,
} from './ChatMessage';
export type { ChatActions, ChatInput, ChatState, ChatStatus, ChatTurnResult, ToolResultInput } from './ChatState';
export { isChatBusy } from './ChatState';
export type { ChatMessageInit, ChatStoreOptions } from './ChatStoreOptions';
export type { ChatRequest, ChatRequestContext, ChatRequestOptions, Resolvable } from './buildChatRequest';
export type { FlushScheduler, FlushThrottle } from './createFlushScheduler';
export type { MessageAccumulator, StreamEnding, StreamOutcome } from './createMessageAccumulator';
export type { PartialJsonParser } from './createPartialJsonParser';
export { buildChatRequest } from './buildChatRequest';
export { createChatStore, type ChatStore } from './createChatStore';
export { createFlushScheduler } from './createFlushScheduler';
export { getMessagePhase, isLivePhase, type MessagePhase } from './getMessagePhase';
export { createMessageAccumulator } from './createMessageAccumulator';
export { createPartialJsonParser } from './createPartialJsonParser';
