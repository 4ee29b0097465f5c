'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { getReasoningText, type ChatMessage } from '../../message';
import { getMessagePhase } from '../../store/getMessagePhase';
import { composeEventHandlers } from '../internal/composeRefs';
import { useMessage } from './messageContext';
import { Primitive, withContent } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';
import { ReasoningDisclosure, useReasoning, type ReasoningOpenProps } from './ReasoningDisclosure';

/** True while reasoning is what still grows: the message streams and nothing else has begun since. */
const reasoningStreams = (message: ChatMessage): boolean => {
  const phase = getMessagePhase(message);
  return phase === 'reasoning' || phase === 'waiting';
};

/** Props of {@link MessageReasoning}. */
export interface MessageReasoningProps extends ReasoningOpenProps, ComponentPropsWithoutRef<'div'> {}

/**
 * All the reasoning ("thinking") of a message as one collapsible, rendered only when there is some:
 * the text of its reasoning parts, each part starting a new paragraph. A `div` with
 * `data-state="open|closed"` and `data-streaming` while the reasoning grows. Without children it
 * renders a `Message.ReasoningTrigger` and a `Message.ReasoningContent`. To show each reasoning part
 * where it happened between text and tool calls, use `Message.Parts` (its `Part.Reasoning`).
 *
 * Uncontrolled and without `defaultOpen`, it follows the stream (open while thinking, closed once the
 * answer starts) until the user toggles it; from then on the user's choice stands.
 */
export const MessageReasoning = forwardRef<HTMLDivElement, MessageReasoningProps>(function MessageReasoning(props, ref) {
  const message = useMessage('Message.Reasoning');
  const text = getReasoningText(message);
  if (text === '') return null;
  return <ReasoningDisclosure text={text} streaming={reasoningStreams(message)} fallback={<DefaultReasoning />} {...props} ref={ref} />;
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

/** What a reasoning disclosure shows when given no children: its trigger, then its text. */
export function DefaultReasoning() {
  return (
    <>
      <MessageReasoningTrigger />
      <MessageReasoningContent />
    </>
  );
}
