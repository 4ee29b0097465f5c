/** The `ToolCall.*` parts, used inside `Message.ToolCalls`. */
export {
  ToolCallArguments as Arguments,
  ToolCallName as Name,
  ToolCallResult as Result,
  ToolCallRoot as Root,
} from './toolCallParts';
