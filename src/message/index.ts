export type {
  ChatChoice,
  ChatMessage,
  ChatMessageMetadata,
  ChatMessageStatus,
  ChatMessageTiming,
  ChatRole,
  ChatTurnEnd,
} from './ChatMessage';
export type {
  ChatDataTypes,
  ChatPart,
  ChatPartType,
  DataPart,
  FilePart,
  ProviderData,
  ReasoningPart,
  RefusalPart,
  SourcePart,
  StepStartPart,
  TextPart,
  ToolApproval,
  ToolApprovalState,
  ToolCallPart,
  ToolCallState,
} from './ChatPart';
export type { ChatUsage } from './ChatUsage';
export { createTextMessage, getMessageText, getReasoningText, getRefusalText, getToolCalls } from './readMessage';
