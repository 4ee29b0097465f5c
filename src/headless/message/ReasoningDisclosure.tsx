'use client';
import { forwardRef, useId, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { createPartContext } from '../internal/createPartContext';
import { Primitive, withContent } from '../internal/Primitive';

/** What the trigger and the content of a reasoning disclosure share. */
export interface ReasoningState {
  open: boolean;
  streaming: boolean;
  text: string;
  contentId: string;
  toggle(): void;
}

const reasoningPart = createPartContext<ReasoningState>('`Message.Reasoning` (or `Part.Reasoning`)');

/** The enclosing reasoning disclosure; throws outside one, naming `consumer`. */
export const useReasoning = (consumer: string): ReasoningState => reasoningPart.use(consumer);

/** The open state of a reasoning disclosure, controlled or not; shared by the message and part views. */
export interface ReasoningOpenProps {
  /** Controlled open state. */
  open?: boolean;
  /** Initial open state when uncontrolled; by default open exactly while the reasoning streams. */
  defaultOpen?: boolean;
  /** Called when the trigger asks to open or close. */
  onOpenChange?: (open: boolean) => void;
  /** Renders the single child element instead of a `div`, the trigger and text appended to it. */
  asChild?: boolean;
}

interface ReasoningDisclosureProps extends ReasoningOpenProps, ComponentPropsWithoutRef<'div'> {
  text: string;
  streaming: boolean;
  /** What it holds when `children` does not replace it (always, with `asChild`). */
  fallback: ReactNode;
}

/**
 * The collapsible behind `Message.Reasoning` and `Part.Reasoning`: a `div` with `data-state` and
 * `data-streaming` around its trigger and content (`fallback`, unless children replace it). Uncontrolled and without `defaultOpen`, it
 * follows `streaming` until the user toggles it; from then on the user's choice stands.
 */
export const ReasoningDisclosure = forwardRef<HTMLDivElement, ReasoningDisclosureProps>(function ReasoningDisclosure(
  { text, streaming, fallback, open: openProp, defaultOpen, onOpenChange, asChild, children, ...props },
  ref,
) {
  const contentId = useId();
  const [chosen, setChosen] = useState<boolean | undefined>(defaultOpen);
  const open = openProp ?? chosen ?? streaming;
  const state: ReasoningState = {
    open,
    streaming,
    text,
    contentId,
    toggle() {
      if (openProp === undefined) setChosen(!open);
      onOpenChange?.(!open);
    },
  };
  return (
    <reasoningPart.Context.Provider value={state}>
      <Primitive.div
        asChild={asChild}
        data-state={open ? 'open' : 'closed'}
        data-streaming={streaming ? '' : undefined}
        {...props}
        ref={ref}
      >
        {withContent(asChild, children, asChild || children === undefined ? fallback : children)}
      </Primitive.div>
    </reasoningPart.Context.Provider>
  );
});
