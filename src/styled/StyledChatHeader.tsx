'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from './cx';

/** Props of {@link StyledChatHeader}; other props land on the `header`. */
export interface StyledChatHeaderProps extends Omit<ComponentPropsWithoutRef<'header'>, 'title'> {
  /** The chat's title, rendered as an `h2`. */
  title?: ReactNode;
  /** The `id` of the title, for an `aria-labelledby` elsewhere. */
  titleId?: string;
  /** Controls on the end side (a "new chat" button, a model picker…). */
  children?: ReactNode;
}

/** The bar above the conversation, `rcs-header`: a title and room for the app's controls. */
export const StyledChatHeader = forwardRef<HTMLElement, StyledChatHeaderProps>(function StyledChatHeader(
  { className, title, titleId, children, ...props },
  ref,
) {
  return (
    <header className={cx('rcs-header rcs-theme', className)} {...props} ref={ref}>
      {title === undefined ? null : (
        <h2 id={titleId} className="rcs-header__title">
          {title}
        </h2>
      )}
      {children === undefined ? null : <div className="rcs-header__actions">{children}</div>}
    </header>
  );
});
