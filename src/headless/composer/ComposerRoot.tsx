'use client';
import { forwardRef, useRef, type ComponentPropsWithoutRef } from 'react';
import { composeEventHandlers } from '../internal/composeRefs';
import { ComposerContext, type ComposerContextValue } from './composerContext';
import { isBusy, useChatRootStore, useChatStatus } from '../chat/useChatRootStore';
import { useComposerDraft, type ComposerDraftOptions } from './useComposerDraft';
import { useComposerAttachments } from './useComposerAttachments';
import { useFileDrop } from './useFileDrop';
import { Primitive } from '../internal/Primitive';
import { visuallyHidden } from '../internal/visuallyHidden';
import { useLabels } from '../labels/useLabels';

/** Props of {@link ComposerRoot}. */
export interface ComposerRootProps
  extends Omit<ComponentPropsWithoutRef<'form'>, 'defaultValue'>,
    ComposerDraftOptions {
  /** Renders the child element instead of a `form`. */
  asChild?: boolean;
}

/**
 * The message composer: a `form` that sends its draft and pending files on submit, with `data-busy`
 * while a turn is in flight, `data-empty` while there is neither text nor a file, and `data-dragging`
 * while files are dragged over it (also announced politely), `data-reading` while picked files are read. Files dropped on it are attached. Holds
 * the draft, controlled (`value` + `onValueChange`) or not (`defaultValue`); see `useComposerDraft`
 * for what happens when a send fails.
 */
export const ComposerRoot = forwardRef<HTMLFormElement, ComposerRootProps>(function ComposerRoot(
  { value, defaultValue, onValueChange, asChild, onSubmit, onDragEnter, onDragOver, onDragLeave, onDrop, children, ...props },
  ref,
) {
  const store = useChatRootStore('Composer.Root');
  const busy = isBusy(useChatStatus('Composer.Root'));
  const labels = useLabels();
  const files = useComposerAttachments(store);
  const draft = useComposerDraft(store, { value, defaultValue, onValueChange }, { count: files.attachments.length, reading: files.reading, take: files.take });
  const drop = useFileDrop((dropped) => void files.addFiles(dropped));
  const inputRef = useRef<HTMLTextAreaElement | null>(null);
  const context: ComposerContextValue = { ...draft, busy, inputRef, files, stop: () => store.stop() };
  const empty = draft.value.trim() === '' && files.attachments.length === 0;
  return (
    <ComposerContext.Provider value={context}>
      <Primitive.form
        asChild={asChild}
        data-busy={busy ? '' : undefined}
        data-empty={empty ? '' : undefined}
        data-dragging={drop.dragging ? '' : undefined}
        data-reading={files.reading ? '' : undefined}
        {...props}
        onDragEnter={composeEventHandlers(onDragEnter, drop.onDragEnter)}
        onDragOver={composeEventHandlers(onDragOver, drop.onDragOver)}
        onDragLeave={composeEventHandlers(onDragLeave, drop.onDragLeave)}
        onDrop={composeEventHandlers(onDrop, drop.onDrop)}
        onSubmit={composeEventHandlers(onSubmit, (event) => {
          event.preventDefault();
          draft.submit();
        })}
        ref={ref}
      >
        {children}
      </Primitive.form>
      {/* A sibling rather than a child, so `asChild` still gets exactly one child to merge onto. */}
      <span role="status" aria-live="polite" style={visuallyHidden}>
        {drop.dragging ? labels.dropFiles : ''}
      </span>
    </ComposerContext.Provider>
  );
});
