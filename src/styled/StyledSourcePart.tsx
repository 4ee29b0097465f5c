'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { sanitizeUrl, useLabels } from '../headless';
import type { MessagePartProps } from '../headless/parts/MessagePartProps';
import type { SourcePart } from '../message';
import { cx } from './cx';
import { FileIcon, LinkIcon } from './icons';

/** Props of {@link StyledSourcePart}; other props land on the root `span`. */
export interface StyledSourcePartProps
  extends Omit<ComponentPropsWithoutRef<'span'>, 'children' | 'part'>,
    Pick<MessagePartProps<SourcePart>, 'part'>,
    Partial<Omit<MessagePartProps<SourcePart>, 'part'>> {}

/** A readable name: the title, else the page's host or the document's file name. */
function sourceName(part: SourcePart, href: string | null, fallback: string): string {
  if (part.title) return part.title;
  if (href !== null) return new URL(href).host || href;
  return part.filename ?? fallback;
}

/**
 * A source the answer cites, `rcs-source`: a numbered chip (its place among the message's sources)
 * with the title, or the host of the page, linking to an `http(s)` page in a new tab; a document is
 * the same chip without a link. The quoted text it backs, when known, is the chip's tooltip.
 * `data-source-type` is `url` or `document`; `data-blocked` marks a source whose address was refused
 * (anything but `http(s)`/`mailto`), shown as text. Consecutive sources flow as one row of chips.
 *
 * The number is a CSS counter of the enclosing `rcs-parts`, not read from the message: a part that
 * read the message would render again on every token of the answer, and a finished part must not.
 */
export const StyledSourcePart = forwardRef<HTMLSpanElement, StyledSourcePartProps>(function StyledSourcePart(
  { part, index: _index, streaming: _streaming, messageRole: _role, className, ...props },
  ref,
) {
  const labels = useLabels();
  const href = part.url === undefined ? null : sanitizeUrl(part.url);
  const name = sourceName(part, href, labels.sourceDocument);
  const body = (
    <>
      <span className="rcs-source__number" />
      {href === null ? <FileIcon className="rcs-icon rcs-source__icon" /> : <LinkIcon className="rcs-icon rcs-source__icon" />}
      <span className="rcs-source__title">{name}</span>
    </>
  );
  return (
    <span
      className={cx('rcs-source rcs-theme', className)}
      data-part="source"
      data-source-type={part.sourceType}
      data-blocked={part.url !== undefined && href === null ? '' : undefined}
      title={part.citedText}
      {...props}
      ref={ref}
    >
      {href === null ? (
        <span className="rcs-source__link">{body}</span>
      ) : (
        <a className="rcs-source__link" href={href} target="_blank" rel="noopener noreferrer">
          {body}
        </a>
      )}
    </span>
  );
});
