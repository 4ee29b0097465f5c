'use client';
import { forwardRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { getMessageText } from '../../message';
import { composeEventHandlers } from '../internal/composeRefs';
import { useMessage, useMessageEditing } from './messageContext';
import { useChatRootStore } from '../chat/useChatRootStore';
import { useImeGuard } from '../composer/useImeGuard';
import { Primitive, withContent } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';

/** What the `render` function of `Message.Editor` gets. */
export interface MessageEditorApi {
  /** The edited text. */
  value: string;
  /** Changes the edited text. */
  setValue(value: string): void;
  /** Replaces the message with the edited text and answers it again (see `ChatStore.edit`). */
  save(): void;
  /** Leaves edit mode without changes. */
  cancel(): void;
}

/** Props of {@link MessageEditor}. */
export interface MessageEditorProps extends Omit<ComponentPropsWithoutRef<'form'>, 'children'> {
  /** Renders a custom editor; by default a textarea with Save and Cancel buttons. */
  render?: (editor: MessageEditorApi) => ReactNode;
  /** With `asChild`, the element to render as (the editor is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `form`. */
  asChild?: boolean;
}

/**
 * The editor of a user message, rendered only while `Action.Edit` has it open: a `form`. Saving drops
 * the message and everything after it and sends the edited text (`ChatStore.edit`). In the default
 * textarea, Enter saves (never during IME composition), Shift+Enter adds a line, Escape cancels.
 */
export const MessageEditor = forwardRef<HTMLFormElement, MessageEditorProps>(function MessageEditor(props, ref) {
  useChatRootStore('Message.Editor');
  useMessage('Message.Editor');
  const { editing } = useMessageEditing('Message.Editor');
  // The form mounts with each edit session, so its draft starts from the message's current text.
  return editing ? <EditorForm {...props} ref={ref} /> : null;
});

const EditorForm = forwardRef<HTMLFormElement, MessageEditorProps>(function EditorForm(
  { render, children, asChild, onSubmit, ...props },
  ref,
) {
  const store = useChatRootStore('Message.Editor');
  const message = useMessage('Message.Editor');
  const { stopEditing } = useMessageEditing('Message.Editor');
  const [value, setValue] = useState(() => getMessageText(message));
  const ime = useImeGuard();
  const labels = useLabels();

  const blank = value.trim() === '';
  const editor: MessageEditorApi = {
    value,
    setValue,
    save() {
      if (blank) return;
      stopEditing();
      void store.edit(message.id, value);
    },
    cancel: stopEditing,
  };
  return (
    <Primitive.form
      asChild={asChild}
      data-editing=""
      {...props}
      onSubmit={composeEventHandlers(onSubmit, (event) => {
        event.preventDefault();
        editor.save();
      })}
      ref={ref}
    >
      {withContent(asChild, children, render ? (
        render(editor)
      ) : (
        <>
          <textarea
            aria-label={labels.editorInput}
            autoFocus
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onCompositionStart={ime.onCompositionStart}
            onCompositionEnd={ime.onCompositionEnd}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                editor.cancel();
              } else if (event.key === 'Enter' && !event.shiftKey && !ime.isComposing(event)) {
                event.preventDefault();
                editor.save();
              }
            }}
          />
          <button type="submit" aria-label={labels.saveEdit} disabled={blank}>
            {labels.save}
          </button>
          <button type="button" aria-label={labels.cancelEdit} onClick={editor.cancel}>
            {labels.cancel}
          </button>
        </>
      ))}
    </Primitive.form>
  );
});
