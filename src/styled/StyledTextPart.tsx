'use client';
import { forwardRef } from 'react';
import { Part, type PartTextProps } from '../headless';
import { cx } from './cx';
import { useStyledChatOptions } from './StyledChatContext';

/** Props of {@link StyledTextPart}: those of `Part.Text` except `asChild`. */
export type StyledTextPartProps = Omit<PartTextProps, 'asChild'>;

/**
 * A text part, `rcs-content`: markdown in an assistant message (`StreamingMarkdown`, styled through
 * its `data-md` hooks, with a caret after the last paragraph while the part grows), plain text with
 * kept line breaks in the others. `highlight` and `markdownComponents` default to those given to
 * `ChatWindow`; task-list checkboxes get an accessible name unless `markdownComponents.input`
 * replaces them.
 */
export const StyledTextPart = forwardRef<HTMLDivElement, StyledTextPartProps>(function StyledTextPart(
  { className, highlight, markdownComponents, ...props },
  ref,
) {
  const options = useStyledChatOptions();
  return (
    <Part.Text
      className={cx('rcs-content rcs-theme', className)}
      highlight={highlight ?? options.highlight}
      markdownComponents={markdownComponents ?? options.markdownComponents}
      {...props}
      ref={ref}
    />
  );
});
