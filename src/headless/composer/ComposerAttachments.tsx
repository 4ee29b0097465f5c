'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useComposer } from './composerContext';
import { Primitive } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';

/** Props of {@link ComposerAttachments}. */
export type ComposerAttachmentsProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * The pending files and the refused ones, before anything is sent. Each file is an item
 * (`data-attachment`, `data-kind="image"|"file"`) with a thumbnail (`img`, from an object URL) or its
 * name and size (`data-attachment-name`, `data-attachment-size`), and a remove button named
 * `labels.removeAttachment(name)`; removing moves focus to the input so it is not lost with the
 * button. Refusals are `role="alert"` paragraphs (`data-attachment-error`): they answer something
 * the user just did and stop that file from going, so they are read at once. Renders nothing while
 * both lists are empty.
 */
export const ComposerAttachments = forwardRef<HTMLDivElement, ComposerAttachmentsProps>(function ComposerAttachments(
  props,
  ref,
) {
  const { files, inputRef } = useComposer('Composer.Attachments');
  const labels = useLabels();
  if (files.attachments.length === 0 && files.refusals.length === 0) return null;
  return (
    <Primitive.div {...props} ref={ref}>
      {files.attachments.length > 0 && (
        <ul aria-label={labels.attachments} data-attachment-list="">
          {files.attachments.map(({ id, part, previewUrl }) => {
            const name = part.name ?? labels.fileImage;
            return (
              <li key={id} data-attachment="" data-kind={previewUrl ? 'image' : 'file'}>
                {previewUrl ? (
                  <img src={previewUrl} alt={name} data-attachment-preview="" />
                ) : null}
                <span data-attachment-name="">{name}</span>
                {part.size !== undefined && <span data-attachment-size="">{labels.fileSize(part.size)}</span>}
                <button
                  type="button"
                  aria-label={labels.removeAttachment(name)}
                  data-attachment-remove=""
                  onClick={() => {
                    files.remove(id);
                    inputRef.current?.focus();
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {files.refusals.map((refusal) => (
        <p key={refusal.id} role="alert" data-attachment-error="">
          {refusal.message}
        </p>
      ))}
    </Primitive.div>
  );
});
