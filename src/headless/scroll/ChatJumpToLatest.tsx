'use client';
import type { ActionHandle } from '../actions/ActionHandle';
import { useChatViewport } from './ChatViewport';
import { createActionButton, type ActionButtonProps } from '../actions/createActionButton';

/** Props of {@link ChatJumpToLatest}. */
export type ChatJumpToLatestProps = ActionButtonProps;

/** Behaviour of the jump button: scroll to the newest message; `null` while already at the bottom. */
export function useJumpToLatestAction(): ActionHandle | null {
  const { isAtBottom, scrollToBottom } = useChatViewport('Chat.JumpToLatest');
  return isAtBottom ? null : { onClick: scrollToBottom };
}

/**
 * A button that scrolls back to the newest message and sticks there; rendered only while the
 * enclosing `Chat.Viewport` is not at the bottom.
 */
export const ChatJumpToLatest = createActionButton('Chat.JumpToLatest', useJumpToLatestAction, {
  label: (labels) => labels.jumpToLatestMessage,
  content: () => '↓',
}, useChatViewport);
