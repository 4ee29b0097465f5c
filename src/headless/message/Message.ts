/** The `Message.*` parts, used inside a `Chat.Messages` row. */
export { MessageRoot as Root } from './MessageRoot';
export { MessageContent as Content } from './MessageContent';
export {
  MessageReasoning as Reasoning,
  MessageReasoningContent as ReasoningContent,
  MessageReasoningTrigger as ReasoningTrigger,
} from './MessageReasoning';
export { MessageRefusal as Refusal } from './MessageRefusal';
export { MessageStatus as Status } from './MessageStatus';
export { MessageError as Error } from './MessageError';
export { MessageToolCalls as ToolCalls } from './MessageToolCalls';
export { MessageActions as Actions } from './MessageActions';
export { MessageEditor as Editor } from './MessageEditor';
export { MessageParts as Parts } from './MessageParts';
export { MessageTurnEnd as TurnEnd } from './MessageTurnEnd';
