'use client';
/**
 * Headless (unstyled) chat components: compound parts in the Radix style (`asChild`, forwarded refs,
 * `data-*` state attributes, no styles). Use them as namespaces (`<Chat.Root>`, `<Message.Content>`)
 * or by their flat names (`ChatRoot`, `MessageContent`).
 * @packageDocumentation
 */
import type { ToolCall as ToolCallData } from '../store/ChatMessage';
import * as ToolCallParts from './ToolCall';

export * as Action from './Action';
export * as Chat from './Chat';
export * as Composer from './Composer';
export * as Message from './Message';

/**
 * The `ToolCall.*` parts (`<ToolCall.Root>`, `<ToolCall.Name>`, …). As a type, `ToolCall` stays the
 * store's tool-call shape, so one name serves both and the package's entry exports no conflicting pair.
 */
export const ToolCall = ToolCallParts;
/** A tool call requested by the assistant (the store's `ToolCall`). */
export type ToolCall = ToolCallData;

export { ChatRoot, type ChatRootProps, type ChatSource } from './ChatRoot';
export { ChatMessages, type ChatMessagesProps } from './ChatMessages';
export { ChatViewport, useChatViewport, type ChatViewportProps, type ChatViewportState } from './ChatViewport';
export { ChatJumpToLatest, useJumpToLatestAction, type ChatJumpToLatestProps } from './ChatJumpToLatest';
export { ChatEmpty, type ChatEmptyProps } from './ChatEmpty';
export { ChatSuggestion, type ChatSuggestionProps } from './ChatSuggestion';
export type { MessageComponentProps, MessageComponents, RenderMessage } from './MessageRow';
export type { RenderRowError } from './MessageRowBoundary';

export { MessageRoot, type MessageRootProps } from './MessageRoot';
export { MessageContent, type MessageContentProps, type RenderContent } from './MessageContent';
export {
  MessageReasoning,
  MessageReasoningContent,
  MessageReasoningTrigger,
  type MessageReasoningContentProps,
  type MessageReasoningProps,
  type MessageReasoningTriggerProps,
} from './MessageReasoning';
export { MessageRefusal, type MessageRefusalProps } from './MessageRefusal';
export { MessageStatus, type MessageStatusProps } from './MessageStatus';
export { MessageError, type MessageErrorProps } from './MessageError';
export { MessageToolCalls, type MessageToolCallsProps } from './MessageToolCalls';
export { MessageActions, type MessageActionsProps } from './MessageActions';
export { MessageEditor, type MessageEditorApi, type MessageEditorProps } from './MessageEditor';
export { useMessage, useMessageEditing, type MessageEditing } from './messageContext';

export {
  ToolCallArguments,
  ToolCallName,
  ToolCallResult,
  ToolCallRoot,
  type ToolCallArgumentsProps,
  type ToolCallNameProps,
  type ToolCallResultProps,
  type ToolCallRootProps,
} from './toolCallParts';
export { useToolCall } from './toolCallContext';
export { formatToolValue, type FormatToolValueOptions } from './formatToolValue';

export { ActionCopy, ActionEdit, ActionRegenerate, ActionRetry } from './actions';
export { createActionButton, type ActionButtonLabels, type ActionButtonProps } from './createActionButton';
export type { ActionHandle } from './ActionHandle';
export { useCopyAction, type CopyActionHandle, type CopyActionOptions } from './useCopyAction';
export { useEditAction } from './useEditAction';
export { useRegenerateAction } from './useRegenerateAction';
export { useRetryAction } from './useRetryAction';
export { editMessage } from './editMessage';

export { ComposerRoot, type ComposerRootProps } from './ComposerRoot';
export { ComposerInput, type ComposerInputProps } from './ComposerInput';
export { ComposerSubmit, type ComposerSubmitProps } from './ComposerSubmit';
export { ComposerStop, useStopAction, type ComposerStopProps } from './ComposerStop';
export { useComposer, type ComposerContextValue } from './composerContext';
export { useComposerDraft, type ComposerDraft, type ComposerDraftOptions } from './useComposerDraft';

export { useAutoScroll, type AutoScroll, type AutoScrollOptions } from './useAutoScroll';
export { attachAutoScroll, type AttachAutoScrollOptions, type AutoScrollController } from './attachAutoScroll';
export { useChatRootStore, useChatStatus } from './useChatRootStore';
export { useImeGuard, type ImeGuard } from './useImeGuard';

export * from './markdown/index';
