'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { ReasoningPart } from '../../message';
import { DefaultReasoning } from '../message/MessageReasoning';
import { ReasoningDisclosure, type ReasoningOpenProps } from '../message/ReasoningDisclosure';
import type { MessagePartProps } from './MessagePartProps';

/** Props of {@link PartReasoning}: the part, the open state, and the element's own. */
export interface PartReasoningProps
  extends ReasoningOpenProps,
    Omit<ComponentPropsWithoutRef<'div'>, 'part'>,
    Pick<MessagePartProps<ReasoningPart>, 'part'>,
    Partial<Omit<MessagePartProps<ReasoningPart>, 'part'>> {}

/**
 * A reasoning part as a collapsible, like `Message.Reasoning` but for this block alone: a `div` with
 * `data-part="reasoning"`, `data-state="open|closed"` and `data-streaming` while it grows, holding a
 * `Message.ReasoningTrigger` and `Message.ReasoningContent` unless given children. It is open while
 * it streams and folds when the next part begins, unless the user chose. Redacted or encrypted
 * reasoning has no readable text: once finished, such a part renders nothing.
 */
export const PartReasoning = forwardRef<HTMLDivElement, PartReasoningProps>(function PartReasoning(
  { part, streaming = false, messageRole: _role, index: _index, ...props },
  ref,
) {
  if (!streaming && part.text === '') return null;
  return (
    <ReasoningDisclosure data-part="reasoning" text={part.text} streaming={streaming} fallback={<DefaultReasoning />} {...props} ref={ref} />
  );
});
