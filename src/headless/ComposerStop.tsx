'use client';
import { Slot } from '@radix-ui/react-slot';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from './composeRefs';
import { useComposer } from './composerContext';

/** Props of {@link ComposerStop}. */
export interface ComposerStopProps extends ComponentPropsWithoutRef<'button'> {
  /** Renders the child element instead of a `button`. */
  asChild?: boolean;
}

/**
 * Stops the answer in flight (`stop()`), keeping its partial text. Rendered only while a turn is in
 * flight; after a click, focus moves to `Composer.Input`, since the button itself goes away.
 */
export const ComposerStop = forwardRef<HTMLButtonElement, ComposerStopProps>(function ComposerStop(
  { asChild, children, onClick, ...props },
  ref,
) {
  const composer = useComposer('Composer.Stop');
  if (!composer.busy) return null;
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      type="button"
      aria-label="Stop generating"
      {...props}
      onClick={composeEventHandlers(onClick, () => {
        composer.stop();
        composer.inputRef.current?.focus();
      })}
      ref={ref}
    >
      {children ?? 'Stop'}
    </Component>
  );
});
