'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from '../internal/composeRefs';
import { useChatRootStore } from './useChatRootStore';
import { Primitive } from '../internal/Primitive';

/** Props of {@link ChatSuggestion}. */
export interface ChatSuggestionProps extends ComponentPropsWithoutRef<'button'> {
  /** The text to send; the button's text children by default. */
  prompt?: string;
  /** Renders the child element instead of a `button`. */
  asChild?: boolean;
}

/** A button that sends a suggested prompt as the user's message. */
export const ChatSuggestion = forwardRef<HTMLButtonElement, ChatSuggestionProps>(function ChatSuggestion(
  { prompt, asChild, children, onClick, ...props },
  ref,
) {
  const store = useChatRootStore('Chat.Suggestion');
  const text = prompt ?? (typeof children === 'string' ? children : '');
  return (
    <Primitive.button
      asChild={asChild}
      type="button"
      {...props}
      onClick={composeEventHandlers(onClick, () => {
        if (text.trim() !== '') void store.send(text);
      })}
      ref={ref}
    >
      {children}
    </Primitive.button>
  );
});
