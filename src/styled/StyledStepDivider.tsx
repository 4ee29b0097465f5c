'use client';
import { forwardRef } from 'react';
import { Part, type PartStepStartProps } from '../headless';
import { cx } from './cx';

/** Props of {@link StyledStepDivider}: those of `Part.StepStart` except `asChild`. */
export type StyledStepDividerProps = Omit<PartStepStartProps, 'asChild' | 'children'>;

/**
 * The boundary between two model calls of one agent turn (a `step-start` part), `rcs-step`: a faint
 * dashed rule (`Part.StepStart` as an `hr`). The step that opens a message (`index` 0) draws nothing,
 * since nothing precedes it.
 */
export const StyledStepDivider = forwardRef<HTMLHRElement, StyledStepDividerProps>(function StyledStepDivider(
  { className, index, ...props },
  ref,
) {
  if (index === 0) return null;
  return (
    <Part.StepStart index={index} {...props} asChild>
      <hr className={cx('rcs-step rcs-theme', className)} ref={ref} />
    </Part.StepStart>
  );
});
