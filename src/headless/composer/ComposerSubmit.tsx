'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from '../internal/composeRefs';
import { useComposer } from './composerContext';
import { Primitive } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';

/** Props of {@link ComposerSubmit}. */
export interface ComposerSubmitProps extends ComponentPropsWithoutRef<'button'> {
  /** Renders the child element instead of a `button`. */
  asChild?: boolean;
}

/**
 * The send button (`type="submit"`, labelled `labels.sendMessage`), disabled while there is neither text nor a file to send,
 * and while picked files are still being read.
 * Sending while an answer streams stops that answer first (the store's "latest message wins").
 */
export const ComposerSubmit = forwardRef<HTMLButtonElement, ComposerSubmitProps>(function ComposerSubmit(
  { asChild, children, disabled, onClick, ...props },
  ref,
) {
  const composer = useComposer('Composer.Submit');
  const labels = useLabels();
  const blank = composer.value.trim() === '' && composer.files.attachments.length === 0;
  return (
    <Primitive.button
      asChild={asChild}
      type="submit"
      aria-label={labels.sendMessage}
      disabled={disabled || blank || composer.files.reading || undefined}
      data-busy={composer.busy ? '' : undefined}
      {...props}
      onClick={composeEventHandlers(onClick, (event) => {
        // Outside a form (Composer.Root asChild on a div) there is no submit event to rely on.
        if (!(event.currentTarget as HTMLButtonElement).form) composer.submit();
      })}
      ref={ref}
    >
      {children ?? labels.send}
    </Primitive.button>
  );
});
