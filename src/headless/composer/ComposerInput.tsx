'use client';
import { forwardRef, useEffect, useLayoutEffect, useMemo, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers, composeRefs } from '../internal/composeRefs';
import { useComposer } from './composerContext';
import { Primitive } from '../internal/Primitive';
import { useImeGuard } from './useImeGuard';
import { useLabels } from '../labels/useLabels';

/** Props of {@link ComposerInput}. */
export interface ComposerInputProps extends Omit<ComponentPropsWithoutRef<'textarea'>, 'value' | 'defaultValue'> {
  /** Grows the textarea with its text by setting its height from `scrollHeight`. Default true. */
  autoResize?: boolean;
  /** Renders the single child element (your own textarea component) instead of a `textarea`. */
  asChild?: boolean;
}

// Layout effects warn during server rendering in React 18; the resize only matters in a browser.
const useBrowserLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Sets the height so the whole text shows; cap it with a CSS `max-height` (and `overflow-y: auto`). */
function fitHeight(element: HTMLTextAreaElement) {
  element.style.height = 'auto';
  const borders =
    getComputedStyle(element).boxSizing === 'border-box' ? element.offsetHeight - element.clientHeight : 0;
  element.style.height = `${element.scrollHeight + borders}px`;
}

/**
 * The draft's textarea, labelled "Message" unless it has an `id` or `aria-labelledby` for a label of
 * the app's. Enter sends, Shift+Enter inserts a line break, and an Enter that confirms an IME
 * composition never sends. Escape stops the answer while one streams. Pasted files are attached. The only style it ever sets
 * is its own `height`, and only with `autoResize`.
 */
export const ComposerInput = forwardRef<HTMLTextAreaElement, ComposerInputProps>(function ComposerInput(
  { autoResize = true, onChange, onKeyDown, onPaste, onCompositionStart, onCompositionEnd, ...props },
  ref,
) {
  const composer = useComposer('Composer.Input');
  const ime = useImeGuard();
  const labels = useLabels();
  const { inputRef, value } = composer;
  const composedRef = useMemo(() => composeRefs(ref, inputRef), [ref, inputRef]);

  useBrowserLayoutEffect(() => {
    if (autoResize && inputRef.current) fitHeight(inputRef.current);
  }, [autoResize, inputRef, value]);

  return (
    <Primitive.textarea
      aria-label={props['aria-labelledby'] || props.id ? undefined : labels.messageInput}
      rows={1}
      {...props}
      value={value}
      onChange={composeEventHandlers(onChange, (event) => composer.setValue(event.target.value))}
      onPaste={composeEventHandlers(onPaste, (event) => {
        const files = Array.from(event.clipboardData?.files ?? []);
        if (files.length === 0) return;
        // A copy from a document can carry both an image and its text; the text still pastes then.
        if (!Array.from(event.clipboardData.types).includes('text/plain')) event.preventDefault();
        void composer.files.addFiles(files);
      })}
      onCompositionStart={composeEventHandlers(onCompositionStart, ime.onCompositionStart)}
      onCompositionEnd={composeEventHandlers(onCompositionEnd, ime.onCompositionEnd)}
      onKeyDown={composeEventHandlers(onKeyDown, (event) => {
        if (event.key === 'Escape' && composer.busy) {
          event.preventDefault();
          composer.stop();
        } else if (event.key === 'Enter' && !event.shiftKey && !ime.isComposing(event)) {
          event.preventDefault();
          // Submitting through the form runs the app's own onSubmit handlers, as a click on Send would.
          const form = event.currentTarget.form;
          if (form) form.requestSubmit();
          else composer.submit();
        }
      })}
      ref={composedRef}
    />
  );
});
