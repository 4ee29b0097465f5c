'use client';
/**
 * Styled chat components: a finished default look built only from the headless parts. Take the whole
 * `ChatWindow`, or the pieces you want (`StyledMessage`, `StyledMessageParts`, `StyledComposer`,
 * `StyledToolCallCard`…); each part type has its styled piece (`styledPartComponents`).
 * Every piece takes `className` (merged with ours) and passes other props to its element.
 *
 * The styles live in one stylesheet the app imports itself: `import 'react-chat-stream/styles.css'`.
 * It is themed with `--rcs-*` custom properties, light and dark (`data-theme="light|dark|system"`),
 * and every rule is scoped under an `rcs-` class, so nothing leaks into the page.
 * @packageDocumentation
 */
export { ChatWindow, type ChatTheme, type ChatWindowOptions, type ChatWindowProps } from './ChatWindow';
export { StyledChatHeader, type StyledChatHeaderProps } from './StyledChatHeader';
export { StyledMessageList, type StyledMessageListProps } from './StyledMessageList';
export { StyledJumpToLatest, type StyledJumpToLatestProps } from './StyledJumpToLatest';
export {
  StyledEmptyState,
  StyledSuggestion,
  type StyledEmptyStateProps,
  type StyledSuggestionProps,
} from './StyledEmptyState';
export { StyledMessage, styledMessageComponents, type StyledMessageProps } from './StyledMessage';
export { StyledMessageParts, styledPartComponents, type StyledMessagePartsProps } from './StyledMessageParts';
export { StyledTextPart, type StyledTextPartProps } from './StyledTextPart';
export { StyledMessageContent, type StyledMessageContentProps } from './StyledMessageContent';
export { StyledTypingIndicator, type StyledTypingIndicatorProps } from './StyledTypingIndicator';
export {
  StyledReasoning,
  StyledReasoningPart,
  type StyledReasoningPartProps,
  type StyledReasoningProps,
} from './StyledReasoning';
export { StyledRefusal, StyledRefusalPart, type StyledRefusalPartProps, type StyledRefusalProps } from './StyledRefusal';
export {
  StyledToolCallCard,
  StyledToolCallPart,
  StyledToolCalls,
  type StyledToolCallCardProps,
  type StyledToolCallPartProps,
  type StyledToolCallsProps,
} from './StyledToolCallCard';
export { StyledFilePart, type StyledFilePartProps } from './StyledFilePart';
export { StyledSourcePart, type StyledSourcePartProps } from './StyledSourcePart';
export { StyledStepDivider, type StyledStepDividerProps } from './StyledStepDivider';
export { StyledErrorBanner, type StyledErrorBannerProps } from './StyledErrorBanner';
export { StyledMessageFooter, type StyledMessageFooterProps } from './StyledMessageFooter';
export { StyledMessageStats, type StyledMessageStatsProps } from './StyledMessageStats';
export { StyledMessageActions, type StyledMessageActionsProps } from './StyledMessageActions';
export { StyledMessageEditor, type StyledMessageEditorProps } from './StyledMessageEditor';
export { StyledComposer, type StyledComposerProps } from './StyledComposer';
