'use client';
import { forwardRef } from 'react';
import { Message, Part, type MessageReasoningProps, type PartReasoningProps } from '../headless';
import { cx } from './cx';

/** Props of {@link StyledReasoning}: those of `Message.Reasoning` except `asChild`. */
export type StyledReasoningProps = Omit<MessageReasoningProps, 'asChild'>;

/** Props of {@link StyledReasoningPart}: those of `Part.Reasoning` except `asChild`. */
export type StyledReasoningPartProps = Omit<PartReasoningProps, 'asChild'>;

const trigger = <Message.ReasoningTrigger className="rcs-reasoning__trigger" />;
const content = <Message.ReasoningContent className="rcs-reasoning__content" />;
const defaultInside = (
  <>
    {trigger}
    {content}
  </>
);

/**
 * The collapsible reasoning ("thinking") of the whole message, `rcs-reasoning`: a disclosure button
 * ("Thinking…" with a pulsing dot while the model reasons, "Reasoning" after) and the reasoning text.
 * It opens while the reasoning streams and folds when the answer starts, unless the user chose
 * otherwise (see `Message.Reasoning`); `open`, `defaultOpen` and `onOpenChange` pass through.
 * Children replace the trigger and text. `StyledMessage` shows reasoning per part instead
 * (`StyledReasoningPart`), in its place among the other parts.
 */
export const StyledReasoning = forwardRef<HTMLDivElement, StyledReasoningProps>(function StyledReasoning(
  { className, children, ...props },
  ref,
) {
  return (
    <Message.Reasoning className={cx('rcs-reasoning rcs-theme', className)} {...props} ref={ref}>
      {children ?? defaultInside}
    </Message.Reasoning>
  );
});

/**
 * One reasoning part, `rcs-reasoning`, with the same look and behaviour as `StyledReasoning`: open
 * while it streams, folded once the next part begins. Reasoning with no readable text (redacted or
 * encrypted) shows nothing once finished. What `Message.Parts` renders for `reasoning` in a styled
 * message.
 */
export const StyledReasoningPart = forwardRef<HTMLDivElement, StyledReasoningPartProps>(function StyledReasoningPart(
  { className, children, ...props },
  ref,
) {
  return (
    <Part.Reasoning className={cx('rcs-reasoning rcs-theme', className)} {...props} ref={ref}>
      {children ?? defaultInside}
    </Part.Reasoning>
  );
});
