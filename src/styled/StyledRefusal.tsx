'use client';
import { forwardRef } from 'react';
import { Message, Part, type MessageRefusalProps, type PartRefusalProps } from '../headless';
import { cx } from './cx';
import { AlertIcon } from './icons';

/** Props of {@link StyledRefusal}: those of `Message.Refusal`. */
export type StyledRefusalProps = MessageRefusalProps;

/** Props of {@link StyledRefusalPart}: those of `Part.Refusal`. */
export type StyledRefusalPartProps = PartRefusalProps;

const defaultRender = (refusal: string) => (
  <>
    <AlertIcon className="rcs-icon rcs-refusal__icon" />
    <span className="rcs-refusal__text">{refusal}</span>
  </>
);

/**
 * The model's refusal, `rcs-refusal`, set apart from normal text with a warning tint and icon.
 * Rendered only when the model refused; `render` replaces the inside.
 */
export const StyledRefusal = forwardRef<HTMLDivElement, StyledRefusalProps>(function StyledRefusal(
  { className, render = defaultRender, ...props },
  ref,
) {
  return <Message.Refusal className={cx('rcs-refusal rcs-theme', className)} render={render} {...props} ref={ref} />;
});

/** One refusal part with the look of `StyledRefusal`; what a styled message renders for `refusal`. */
export const StyledRefusalPart = forwardRef<HTMLDivElement, StyledRefusalPartProps>(function StyledRefusalPart(
  { className, render = defaultRender, ...props },
  ref,
) {
  return <Part.Refusal className={cx('rcs-refusal rcs-theme', className)} render={render} {...props} ref={ref} />;
});
