'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from './cx';

/** Props of {@link StyledTypingIndicator}; other props land on the `span`. */
export type StyledTypingIndicatorProps = Omit<ComponentPropsWithoutRef<'span'>, 'children'>;

/**
 * Three pulsing dots, `rcs-typing`, for an answer that has started but shows no text yet. Always
 * `aria-hidden`: the log's `aria-busy` already tells assistive technology that an answer is coming,
 * and dots read aloud would be noise. The dots hold still under `prefers-reduced-motion`.
 */
export const StyledTypingIndicator = forwardRef<HTMLSpanElement, StyledTypingIndicatorProps>(function StyledTypingIndicator(
  { className, ...props },
  ref,
) {
  return (
    <span className={cx('rcs-typing rcs-theme', className)} {...props} aria-hidden="true" ref={ref}>
      <span className="rcs-typing__dot" />
      <span className="rcs-typing__dot" />
      <span className="rcs-typing__dot" />
    </span>
  );
});
