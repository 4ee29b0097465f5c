'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { FilePart } from '../../message';
import { Primitive, withContent } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';
import { fileLink, imageSource, isImageFile } from './fileUrl';
import type { MessagePartProps } from './MessagePartProps';

/** Props of {@link PartFile}: the part and the element's own. */
export interface PartFileProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'part'>,
    Pick<MessagePartProps<FilePart>, 'part'>,
    Partial<Omit<MessagePartProps<FilePart>, 'part'>> {
  /** With `asChild`, the element to render as (the preview or link is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * A file part: a `div` with `data-part="file"`, `data-media-type` and `data-kind` (`image` | `link`).
 * An image (`image/*`) shows as an `img` whose `alt` is the file name (or `labels.fileImage`); any
 * other file as a link named by the file name (or its media type) that opens in a new tab.
 *
 * The file came from a model or a user, so its address is checked: only `https:`/`http:` URLs
 * (`sanitizeUrl`) and, for images, image `data:` URLs are used. A file with no safe address shows its
 * name as plain text and gets `data-blocked`.
 */
export const PartFile = forwardRef<HTMLDivElement, PartFileProps>(function PartFile(
  { part, streaming: _streaming, messageRole: _role, index: _index, children, asChild, ...props },
  ref,
) {
  const labels = useLabels();
  const image = isImageFile(part);
  const address = image ? imageSource(part) : fileLink(part);
  const name = part.name ?? (image ? labels.fileImage : part.mediaType);
  let body: ReactNode;
  if (address === null) body = <span>{name}</span>;
  else if (image) body = <img src={address} alt={name} />;
  else {
    body = (
      <a href={address} target="_blank" rel="noopener noreferrer">
        {name}
      </a>
    );
  }
  return (
    <Primitive.div
      asChild={asChild}
      data-part="file"
      data-media-type={part.mediaType}
      data-kind={image ? 'image' : 'link'}
      data-blocked={address === null ? '' : undefined}
      {...props}
      ref={ref}
    >
      {withContent(asChild, children, body)}
    </Primitive.div>
  );
});
