'use client';
import { forwardRef } from 'react';
import { Message, type MessageReasoningProps } from '../headless';
import { cx } from './cx';

/** Props of {@link StyledReasoning}: those of `Message.Reasoning` except `asChild`. */
export type StyledReasoningProps = Omit<MessageReasoningProps, 'asChild'>;

/**
 * The collapsible reasoning ("thinking") panel, `rcs-reasoning`: a disclosure button ("Thinking…"
 * with animated dots while the model reasons, "Reasoning" after) and the reasoning text. It opens
 * while the reasoning streams and folds when the answer starts, unless the user chose otherwise
 * (see `Message.Reasoning`); `open`, `defaultOpen` and `onOpenChange` pass through. Children
 * replace the trigger and text.
 */
export const StyledReasoning = forwardRef<HTMLDivElement, StyledReasoningProps>(function StyledReasoning(
  { className, children, ...props },
  ref,
) {
  return (
    <Message.Reasoning className={cx('rcs-reasoning rcs-theme', className)} {...props} ref={ref}>
      {children ?? (
        <>
          <Message.ReasoningTrigger className="rcs-reasoning__trigger" />
          <Message.ReasoningContent className="rcs-reasoning__content" />
        </>
      )}
    </Message.Reasoning>
  );
});
