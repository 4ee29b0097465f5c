'use client';
/**
 * Headless (unstyled) chat components: compound parts in the Radix style (`asChild`, forwarded refs,
 * `data-*` state attributes, no styles), used as namespaces: `<Chat.Root>`, `<Message.Content>`,
 * `<Composer.Input>`, `<Action.Copy>`, `<ToolCall.Name>`. Beside them: the action hooks the buttons
 * are built from, the context hooks for writing your own parts, and the streaming markdown renderer.
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

export type { ChatRootProps, ChatSource } from './ChatRoot';
export type { ChatMessagesProps } from './ChatMessages';
export type { ChatViewportProps } from './ChatViewport';
export type { ChatJumpToLatestProps } from './ChatJumpToLatest';
export type { ChatEmptyProps } from './ChatEmpty';
export type { ChatSuggestionProps } from './ChatSuggestion';
export type { MessageComponentProps, MessageComponents, RenderMessage } from './MessageRow';
export type { RenderRowError } from './MessageRowBoundary';

export type { MessageRootProps } from './MessageRoot';
export type { MessageContentProps, RenderContent } from './MessageContent';
export type {
  MessageReasoningContentProps,
  MessageReasoningProps,
  MessageReasoningTriggerProps,
} from './MessageReasoning';
export type { MessageRefusalProps } from './MessageRefusal';
export type { MessageStatusProps } from './MessageStatus';
export type { MessageErrorProps } from './MessageError';
export type { MessageToolCallsProps } from './MessageToolCalls';
export type { MessageActionsProps } from './MessageActions';
export type { MessageEditorApi, MessageEditorProps } from './MessageEditor';
export { useMessage } from './messageContext';

export type { ToolCallArgumentsProps, ToolCallNameProps, ToolCallResultProps, ToolCallRootProps } from './toolCallParts';
export { useToolCall } from './toolCallContext';
export { formatToolValue, type FormatToolValueOptions } from './formatToolValue';

export type { ActionHandle } from './ActionHandle';
export type { ActionButtonProps } from './createActionButton';
export { useCopyAction, type CopyActionHandle, type CopyActionOptions } from './useCopyAction';
export { useEditAction } from './useEditAction';
export { useRegenerateAction } from './useRegenerateAction';
export { useRetryAction } from './useRetryAction';

export type { ComposerRootProps } from './ComposerRoot';
export type { ComposerDraftOptions } from './useComposerDraft';
export type { ComposerInputProps } from './ComposerInput';
export type { ComposerSubmitProps } from './ComposerSubmit';
export type { ComposerStopProps } from './ComposerStop';

export { defaultLabels, type ChatLabels } from './labels';
export { useLabels } from './useLabels';

export * from './markdown/index';
