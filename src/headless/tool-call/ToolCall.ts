/** The `ToolCall.*` parts, used inside `Message.ToolCalls`, a tool-call part of `Message.Parts`, or a `ToolCall.Root call`. */
export {
  ToolCallArguments as Arguments,
  ToolCallName as Name,
  ToolCallResult as Result,
  ToolCallRoot as Root,
} from './toolCallParts';
export { ToolCallApprove as Approve, ToolCallDeny as Deny } from './ToolCallDecision';
export { ToolCallStatus as Status } from './ToolCallStatus';
