'use client';
import { forwardRef, useRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from '../internal/composeRefs';
import { useComposer } from './composerContext';
import { Primitive } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';

/** Props of {@link ComposerAttachButton}. */
export interface ComposerAttachButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** Renders the child element instead of a `button`. */
  asChild?: boolean;
  /** The file input's `accept`. Default: the media types the chat's protocol (or `attachments` option) accepts. */
  accept?: string;
}

/**
 * A button (`type="button"`, labelled `labels.attachFiles`) that opens the file picker: a hidden
 * `<input type="file" multiple>` beside it, out of the tab order, so the button is the one control
 * keyboard users meet. Picked files are checked against the protocol's limits at once.
 */
export const ComposerAttachButton = forwardRef<HTMLButtonElement, ComposerAttachButtonProps>(function ComposerAttachButton(
  { asChild, accept, children, onClick, ...props },
  ref,
) {
  const composer = useComposer('Composer.AttachButton');
  const labels = useLabels();
  const picker = useRef<HTMLInputElement>(null);
  return (
    <>
      <Primitive.button
        asChild={asChild}
        type="button"
        aria-label={labels.attachFiles}
        {...props}
        onClick={composeEventHandlers(onClick, () => picker.current?.click())}
        ref={ref}
      >
        {children ?? labels.attach}
      </Primitive.button>
      <input
        ref={picker}
        type="file"
        multiple
        accept={accept ?? composer.files.accept}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so picking the same file again (after removing it) fires change again.
          event.currentTarget.value = '';
          if (files.length > 0) void composer.files.addFiles(files);
        }}
      />
    </>
  );
});
