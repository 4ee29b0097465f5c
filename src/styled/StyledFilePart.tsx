'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useLabels } from '../headless';
import { fileLink, imageSource, isImageFile } from '../headless/parts/fileUrl';
import type { MessagePartProps } from '../headless/parts/MessagePartProps';
import type { FilePart } from '../message';
import { cx } from './cx';
import { FileIcon } from './icons';

/** Props of {@link StyledFilePart}; other props land on the root `div`. */
export interface StyledFilePartProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'part'>,
    Pick<MessagePartProps<FilePart>, 'part'>,
    Partial<Omit<MessagePartProps<FilePart>, 'part'>> {}

/**
 * A file of a message, `rcs-file`: an image (`image/*` with data or a loadable URL) as a thumbnail,
 * any other file as a chip with its name, type and size, a link when it has an `http(s)` URL.
 * `data-kind` is `image` or `file`, `data-media-type` the file's type, and `data-blocked` marks a file
 * whose address was refused. Addresses pass the same checks as `Part.File` (only `http(s)`
 * links, and image `data:` URLs only inside an `img`), so a `javascript:` URL is never rendered.
 */
export const StyledFilePart = forwardRef<HTMLDivElement, StyledFilePartProps>(function StyledFilePart(
  { part, index: _index, streaming: _streaming, messageRole: _role, className, ...props },
  ref,
) {
  const labels = useLabels();
  const image = isImageFile(part) ? imageSource(part) : null;
  if (image !== null) {
    return (
      <div className={cx('rcs-file rcs-theme', className)} data-part="file" data-media-type={part.mediaType} data-kind="image" {...props} ref={ref}>
        <img className="rcs-file__image" src={image} alt={part.name ?? labels.fileImage} loading="lazy" />
      </div>
    );
  }
  const href = fileLink(part);
  const name = part.name ?? part.mediaType;
  const details = [part.name === undefined ? undefined : part.mediaType, part.size === undefined ? undefined : labels.fileSize(part.size)]
    .filter((detail) => detail !== undefined)
    .join(' · ');
  const body = (
    <>
      <FileIcon className="rcs-icon rcs-file__icon" />
      <span className="rcs-file__name">{name}</span>
      {details ? <span className="rcs-file__details">{details}</span> : null}
    </>
  );
  return (
    <div
      className={cx('rcs-file rcs-theme', className)}
      data-part="file"
      data-media-type={part.mediaType}
      data-kind="file"
      data-blocked={part.url !== undefined && href === null ? '' : undefined}
      {...props}
      ref={ref}
    >
      {href === null ? (
        <span className="rcs-file__chip">{body}</span>
      ) : (
        <a className="rcs-file__chip" href={href} target="_blank" rel="noopener noreferrer">
          {body}
        </a>
      )}
    </div>
  );
});
