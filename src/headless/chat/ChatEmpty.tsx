'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useStoreSelector } from '../../react/useStoreSelector';
import type { ChatState } from '../../store/ChatState';
import { useChatRootStore } from './useChatRootStore';
import { Primitive } from '../internal/Primitive';

/** Props of {@link ChatEmpty}. */
export interface ChatEmptyProps extends ComponentPropsWithoutRef<'div'> {
  /** Renders the child element instead of a `div`. */
  asChild?: boolean;
}

const selectEmpty = (state: ChatState) => state.messages.length === 0;

/** Rendered only while the conversation has no messages: a place for a greeting and `Chat.Suggestion`s. */
export const ChatEmpty = forwardRef<HTMLDivElement, ChatEmptyProps>(function ChatEmpty({ asChild, ...props }, ref) {
  const empty = useStoreSelector(useChatRootStore('Chat.Empty'), selectEmpty);
  if (!empty) return null;
  return <Primitive.div asChild={asChild} {...props} ref={ref} />;
});
