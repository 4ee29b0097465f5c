'use client';
import {
  forwardRef,
  useId,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import type { ChatMessage } from '../../store/ChatMessage';
import { getMessagePhase } from '../../store/getMessagePhase';
import { composeEventHandlers } from '../internal/composeRefs';
import { createPartContext } from '../internal/createPartContext';
import { useMessage } from './messageContext';
import { Primitive, withContent } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';

interface ReasoningState {
  open: boolean;
  streaming: boolean;
  text: string;
  contentId: string;
  toggle(): void;
}

const reasoningPart = createPartContext<ReasoningState>('`Message.Reasoning`');
const useReasoning = (consumer: string): ReasoningState => reasoningPart.use(consumer);

/** True while reasoning is the part still growing: the message streams and its answer has not begun. */
const reasoningStreams = (message: ChatMessage): boolean => {
  const phase = getMessagePhase(message);
  return phase === 'reasoning' || phase === 'waiting';
};

/** Props of {@link MessageReasoning}. */
export interface MessageReasoningProps extends ComponentPropsWithoutRef<'div'> {
  /** Controlled open state. */
  open?: boolean;
  /** Initial open state when uncontrolled; by default open exactly while the reasoning streams. */
  defaultOpen?: boolean;
  /** Called when the trigger asks to open or close. */
  onOpenChange?: (open: boolean) => void;
  /** Renders the child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * The collapsible reasoning ("thinking") of a message, rendered only when there is some. A `div` with
 * `data-state="open|closed"` and `data-streaming` while the reasoning grows. Without children it
 * renders a `Message.ReasoningTrigger` and a `Message.ReasoningContent`.
 *
 * Uncontrolled and without `defaultOpen`, it follows the stream (open while thinking, closed once the
 * answer starts) until the user toggles it; from then on the user's choice stands.
 */
export const MessageReasoning = forwardRef<HTMLDivElement, MessageReasoningProps>(function MessageReasoning(
  { open: openProp, defaultOpen, onOpenChange, asChild, children, ...props },
  ref,
) {
  const message = useMessage('Message.Reasoning');
  const contentId = useId();
  const [chosen, setChosen] = useState<boolean | undefined>(defaultOpen);
  const streaming = reasoningStreams(message);
  const open = openProp ?? chosen ?? streaming;
  if (!message.reasoning) return null;
  const state: ReasoningState = {
    open,
    streaming,
    text: message.reasoning,
    contentId,
    toggle() {
      if (openProp === undefined) setChosen(!open);
      onOpenChange?.(!open);
    },
  };
  return (
    <reasoningPart.Context.Provider value={state}>
      <Primitive.div asChild={asChild} data-state={open ? 'open' : 'closed'} data-streaming={streaming ? '' : undefined} {...props} ref={ref}>
        {children ?? (
          <>
            <MessageReasoningTrigger />
            <MessageReasoningContent />
          </>
        )}
      </Primitive.div>
    </reasoningPart.Context.Provider>
  );
});

/** Props of {@link MessageReasoningTrigger}. */
export interface MessageReasoningTriggerProps extends ComponentPropsWithoutRef<'button'> {
  /** Renders the child element instead of a `button`. */
  asChild?: boolean;
}

/** The button that opens and closes the reasoning (`aria-expanded`, `aria-controls`). */
export const MessageReasoningTrigger = forwardRef<HTMLButtonElement, MessageReasoningTriggerProps>(
  function MessageReasoningTrigger({ asChild, children, onClick, ...props }, ref) {
    const { open, streaming, contentId, toggle } = useReasoning('Message.ReasoningTrigger');
    const labels = useLabels();
    return (
      <Primitive.button
        asChild={asChild}
        type="button"
        aria-expanded={open}
        aria-controls={contentId}
        data-state={open ? 'open' : 'closed'}
        {...props}
        onClick={composeEventHandlers(onClick, toggle)}
        ref={ref}
      >
        {children ?? (streaming ? labels.thinking : labels.reasoning)}
      </Primitive.button>
    );
  },
);

/** Props of {@link MessageReasoningContent}. */
export interface MessageReasoningContentProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Renders the reasoning text. */
  render?: (text: string) => ReactNode;
  /** With `asChild`, the element to render as (the text is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * The reasoning text, `hidden` while closed and `aria-hidden` while it streams (so screen readers are
 * not fed token by token).
 */
export const MessageReasoningContent = forwardRef<HTMLDivElement, MessageReasoningContentProps>(
  function MessageReasoningContent({ render, children, asChild, ...props }, ref) {
    const { open, streaming, text, contentId } = useReasoning('Message.ReasoningContent');
    return (
      <Primitive.div
        asChild={asChild}
        id={contentId}
        hidden={!open}
        aria-hidden={streaming || undefined}
        data-state={open ? 'open' : 'closed'}
        {...props}
        ref={ref}
      >
        {withContent(asChild, children, render ? render(text) : text)}
      </Primitive.div>
    );
  },
);
