'use client';
import { forwardRef, useRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from '../internal/composeRefs';
import { ComposerContext, type ComposerContextValue } from './composerContext';
import { isBusy, useChatRootStore, useChatStatus } from '../chat/useChatRootStore';
import { useComposerDraft, type ComposerDraftOptions } from './useComposerDraft';
import { Primitive } from '../internal/Primitive';

/** Props of {@link ComposerRoot}. */
export interface ComposerRootProps
  extends Omit<ComponentPropsWithoutRef<'form'>, 'defaultValue'>,
    ComposerDraftOptions {
  /** Renders the child element instead of a `form`. */
  asChild?: boolean;
}

/**
 * The message composer: a `form` that sends its draft on submit, with `data-busy` while a turn is in
 * flight and `data-empty` while the draft is blank. Holds the draft, controlled (`value` +
 * `onValueChange`) or not (`defaultValue`); see `useComposerDraft` for what happens when a send fails.
 */
export const ComposerRoot = forwardRef<HTMLFormElement, ComposerRootProps>(function ComposerRoot(
  { value, defaultValue, onValueChange, asChild, onSubmit, ...props },
  ref,
) {
  const store = useChatRootStore('Composer.Root');
  const busy = isBusy(useChatStatus('Composer.Root'));
  const draft = useComposerDraft(store, { value, defaultValue, onValueChange });
  const inputRef = useRef<HTMLTextAreaElement | null>(null);
  const context: ComposerContextValue = { ...draft, busy, inputRef, stop: () => store.stop() };
  return (
    <ComposerContext.Provider value={context}>
      <Primitive.form
        asChild={asChild}
        data-busy={busy ? '' : undefined}
        data-empty={draft.value.trim() === '' ? '' : undefined}
        {...props}
        onSubmit={composeEventHandlers(onSubmit, (event) => {
          event.preventDefault();
          draft.submit();
        })}
        ref={ref}
      />
    </ComposerContext.Provider>
  );
});
