'use client';
/**
 * Headless (unstyled) chat components: compound parts in the Radix style (`asChild`, forwarded refs,
 * `data-*` state attributes, no styles), used as namespaces: `<Chat.Root>`, `<Message.Parts>`,
 * `<Composer.Input>`, `<Action.Copy>`, `<ToolCall.Name>`, and `Part.*`, the default view of each part type. Beside them: the action hooks the buttons
 * are built from, the context hooks for writing your own parts, and the streaming markdown renderer.
 * @packageDocumentation
 */
export * as Action from './actions/Action';
export * as Chat from './chat/Chat';
export * as Composer from './composer/Composer';
export * as Message from './message/Message';
/**
 * The `ToolCall.*` parts (`<ToolCall.Root>`, `<ToolCall.Name>`, …): a namespace only, like the
 * others. The data shape of a call is the `ToolCallPart` type of `react-chat-stream` (and `/core`).
 */
export * as ToolCall from './tool-call/ToolCall';
export * as Part from './parts/Part';

export type { ChatRootProps, ChatSource } from './chat/ChatRoot';
export type { ChatMessagesProps } from './chat/ChatMessages';
export type { ChatMessagesHandle, ChatVirtualizeOptions, ScrollToMessageOptions } from './chat/ChatVirtualizeOptions';
export type { ChatViewportProps } from './scroll/ChatViewport';
export type { ChatJumpToLatestProps } from './scroll/ChatJumpToLatest';
export type { ChatEmptyProps } from './chat/ChatEmpty';
export type { ChatSuggestionProps } from './chat/ChatSuggestion';
export type { MessageComponentProps, MessageComponents, RenderMessage } from './chat/MessageRow';
export type { RenderRowError } from './chat/MessageRowBoundary';

export type { MessageRootProps } from './message/MessageRoot';
export type { MessageContentProps, RenderContent } from './message/MessageContent';
export type { MessagePartsProps } from './message/MessageParts';
export type {
  MessageReasoningContentProps,
  MessageReasoningProps,
  MessageReasoningTriggerProps,
} from './message/MessageReasoning';
export type { ReasoningOpenProps } from './message/ReasoningDisclosure';
export type { MessageRefusalProps } from './message/MessageRefusal';
export type { MessageStatusProps } from './message/MessageStatus';
export type { MessageErrorProps } from './message/MessageError';
export type { MessageTurnEndProps } from './message/MessageTurnEnd';
export type { MessageToolCallsProps } from './message/MessageToolCalls';
export type { MessageActionsProps } from './message/MessageActions';
export type { MessageEditorApi, MessageEditorProps } from './message/MessageEditor';
export { useMessage } from './message/messageContext';

export type {
  DataPartComponents,
  MessagePartComponents,
  MessagePartProps,
  ToolCallComponents,
  ToolCallPartProps,
} from './parts/MessagePartProps';
export type { PartTextProps } from './parts/PartText';
export type { PartReasoningProps } from './parts/PartReasoning';
export type { PartRefusalProps } from './parts/PartRefusal';
export type { PartToolCallProps } from './parts/PartToolCall';
export type { PartFileProps } from './parts/PartFile';
export type { PartSourceProps } from './parts/PartSource';
export type { PartStepStartProps } from './parts/PartStepStart';

export type { ToolCallDecisionProps } from './tool-call/ToolCallDecision';
export type { ToolCallArgumentsProps, ToolCallNameProps, ToolCallResultProps, ToolCallRootProps } from './tool-call/toolCallParts';
export { useToolCall } from './tool-call/toolCallContext';
export { getToolCallStatus, type ToolCallStatus, type ToolCallStatusProps } from './tool-call/ToolCallStatus';
export { useToolCallActions, type ToolCallActions, type ToolCallResultOptions } from './tool-call/useToolCallActions';
export { formatToolValue, type FormatToolValueOptions } from './tool-call/formatToolValue';

export type { ActionHandle } from './actions/ActionHandle';
export type { ActionButtonProps } from './actions/createActionButton';
export { useCopyAction, type CopyActionHandle, type CopyActionOptions } from './actions/useCopyAction';
export { useEditAction } from './actions/useEditAction';
export { useRegenerateAction } from './actions/useRegenerateAction';
export { useRetryAction } from './actions/useRetryAction';

export type { ComposerRootProps } from './composer/ComposerRoot';
export type { ComposerDraftOptions } from './composer/useComposerDraft';
export type { ComposerInputProps } from './composer/ComposerInput';
export type { ComposerSubmitProps } from './composer/ComposerSubmit';
export type { ComposerStopProps } from './composer/ComposerStop';
export type { ComposerAttachButtonProps } from './composer/ComposerAttachButton';
export type { ComposerAttachmentsProps } from './composer/ComposerAttachments';
export type { ComposerAttachment, ComposerAttachments, ComposerRefusal } from './composer/useComposerAttachments';
export { useComposer, type ComposerContextValue } from './composer/composerContext';
export type { ComposerQueuePausedProps, ComposerQueueProps, RenderQueuedMessage } from './composer/ComposerQueue';
export { useComposerQueue, type ComposerQueue, type ComposerQueuePause, type ComposerQueueState } from './composer/ComposerQueueState';
export {
  useQueuedMessage,
  useQueueRemoveAction,
  useQueueResumeAction,
  useQueueSendNowAction,
} from './composer/ComposerQueueActions';

export { defaultLabels, type ChatLabels, type StatTokenCounts } from './labels/labels';
export { useLabels } from './labels/useLabels';

export * from './markdown/index';
