'use client';
import { useRef, useState } from 'react';
import type { FilePart } from '../../message';
import type { ChatStore } from '../../store/createChatStore';

/** Options of {@link useComposerDraft}: a controlled (`value`) or uncontrolled (`defaultValue`) draft. */
export interface ComposerDraftOptions {
  /** The draft, when the app controls it. */
  value?: string;
  /** The first draft, when uncontrolled. */
  defaultValue?: string;
  /** Called with every new draft (typing, and clearing on send). */
  onValueChange?: (value: string) => void;
}

/** The draft and how to send it. */
export interface ComposerDraft {
  value: string;
  setValue(value: string): void;
  /** Sends the draft and the pending files, unless both are empty. */
  submit(): void;
}

/**
 * The composer's draft. It is cleared as soon as it is sent, and stays cleared if that turn fails:
 * recovery has one path, the failed message's Retry (`Action.Retry`, in `Message.Error`), which sends
 * the same question again in place. Putting the question back into the composer as well invited a
 * second send next to Retry, leaving the question twice in the conversation. To change the question,
 * edit the user message (`Action.Edit`), which replaces the failed turn.
 */
export function useComposerDraft(
  store: ChatStore,
  { value: controlled, defaultValue = '', onValueChange }: ComposerDraftOptions,
  files?: { readonly count: number; readonly reading: boolean; take(): FilePart[] },
): ComposerDraft {
  const [own, setOwn] = useState(defaultValue);
  const value = controlled ?? own;
  // Read by submit, which may run in the same tick as the keystroke that changed the draft.
  const latest = useRef(value);
  latest.current = value;
  const change = useRef(onValueChange);
  change.current = onValueChange;

  const setValue = (next: string) => {
    latest.current = next;
    if (controlled === undefined) setOwn(next);
    change.current?.(next);
  };

  const submit = () => {
    const text = latest.current;
    // A send while a picked file is still being read would go without it, which the user did not ask for.
    if ((text.trim() === '' && !files?.count) || files?.reading) return;
    setValue('');
    const parts = files?.take() ?? [];
    void store.send(parts.length > 0 ? { text, files: parts } : text);
  };

  return { value, setValue, submit };
}
