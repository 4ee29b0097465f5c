'use client';
import { Slot } from '@radix-ui/react-slot';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from './composeRefs';
import { useChatViewport } from './ChatViewport';

/** Props of {@link ChatJumpToLatest}. */
export interface ChatJumpToLatestProps extends ComponentPropsWithoutRef<'button'> {
  /** Renders the child element instead of a `button`. */
  asChild?: boolean;
}

/**
 * A button that scrolls back to the newest message and sticks there; rendered only while the
 * enclosing `Chat.Viewport` is not at the bottom.
 */
export const ChatJumpToLatest = forwardRef<HTMLButtonElement, ChatJumpToLatestProps>(function ChatJumpToLatest(
  { asChild, children, onClick, ...props },
  ref,
) {
  const { isAtBottom, scrollToBottom } = useChatViewport('Chat.JumpToLatest');
  if (isAtBottom) return null;
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      type="button"
      aria-label="Jump to latest message"
      {...props}
      onClick={composeEventHandlers(onClick, scrollToBottom)}
      ref={ref}
    >
      {children ?? '↓'}
    </Component>
  );
});
