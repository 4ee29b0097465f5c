'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { SourcePart } from '../../message';
import { sanitizeUrl } from '../markdown/sanitizeUrl';
import { Primitive, withContent } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';
import type { MessagePartProps } from './MessagePartProps';

/** Props of {@link PartSource}: the part and the element's own. */
export interface PartSourceProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'part'>,
    Pick<MessagePartProps<SourcePart>, 'part'>,
    Partial<Omit<MessagePartProps<SourcePart>, 'part'>> {
  /** With `asChild`, the element to render as (an `li`, say; the citation is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * A source the answer cites: a `div` with `data-part="source"` and `data-source-type` (`url` |
 * `document`). A web page is a link named by its title (or its address) that opens in a new tab; a
 * document is a `cite` with its title, file name or `labels.sourceDocument`. The quoted text it backs,
 * when known, follows in a `q`.
 *
 * The address came from the model, so it passes `sanitizeUrl`: anything but `https:`/`http:`/`mailto:`
 * shows as plain text and the element gets `data-blocked`.
 */
export const PartSource = forwardRef<HTMLDivElement, PartSourceProps>(function PartSource(
  { part, streaming: _streaming, messageRole: _role, index: _index, children, asChild, ...props },
  ref,
) {
  const labels = useLabels();
  const href = typeof part.url === 'string' ? sanitizeUrl(part.url) : null;
  const blocked = part.url !== undefined && href === null;
  const title = part.title || part.filename || part.url || labels.sourceDocument;
  const citation =
    href === null ? (
      <cite>{title}</cite>
    ) : (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {title}
      </a>
    );
  return (
    <Primitive.div
      asChild={asChild}
      data-part="source"
      data-source-type={part.sourceType}
      data-blocked={blocked ? '' : undefined}
      {...props}
      ref={ref}
    >
      {withContent(
        asChild,
        children,
        <>
          {citation}
          {part.citedText ? <q>{part.citedText}</q> : null}
        </>,
      )}
    </Primitive.div>
  );
});
