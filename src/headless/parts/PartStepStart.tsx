'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { StepStartPart } from '../../message';
import { Primitive } from '../internal/Primitive';
import type { MessagePartProps } from './MessagePartProps';

/** Props of {@link PartStepStart}: the part and the element's own. */
export interface PartStepStartProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'part'>,
    Partial<Pick<MessagePartProps<StepStartPart>, 'part'>>,
    Partial<Omit<MessagePartProps<StepStartPart>, 'part'>> {
  /** Renders the child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * The boundary between two model calls of one agent turn (after tool results, before the next
 * answer): an empty `div` with `role="separator"` and `data-part="step-start"`, for the app to style
 * as a divider or leave invisible.
 */
export const PartStepStart = forwardRef<HTMLDivElement, PartStepStartProps>(function PartStepStart(
  { part: _part, streaming: _streaming, messageRole: _role, index: _index, asChild, ...props },
  ref,
) {
  return <Primitive.div asChild={asChild} role="separator" data-part="step-start" {...props} ref={ref} />;
});
