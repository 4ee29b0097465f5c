'use client';
import { useEffect, useRef, useState } from 'react';
import type { ChatState } from '../store/ChatState';
import type { ChatStore } from '../store/createChatStore';

/** Options of {@link useComposerDraft}: a controlled (`value`) or uncontrolled (`defaultValue`) draft. */
export interface ComposerDraftOptions {
  /** The draft, when the app controls it. */
  value?: string;
  /** The first draft, when uncontrolled. */
  defaultValue?: string;
  /** Called with every new draft (typing, clearing on send, restoring after a failure). */
  onValueChange?: (value: string) => void;
}

/** The draft and how to send it. */
export interface ComposerDraft {
  value: string;
  setValue(value: string): void;
  /** Sends the draft unless it is blank. */
  submit(): void;
}

/** True when the conversation ends with the failed answer to user message `userId`. */
function endsWithFailedTurn(state: ChatState, userId: string): boolean {
  const last = state.messages.at(-1);
  return state.status === 'error' && last?.status === 'error' && state.messages.at(-2)?.id === userId;
}

/**
 * The composer's draft. Policy on failure: the draft is cleared as soon as it is sent (optimistic),
 * and if that turn ends in an error while the composer is still empty, the text is put back so the
 * user can fix and resend it. Resending then replaces the failed turn (its user message and error),
 * so the log does not show the same question twice. Retrying the failed turn instead (`Action.Retry`)
 * clears the restored draft, provided the user has not changed it.
 */
export function useComposerDraft(store: ChatStore, { value: controlled, defaultValue = '', onValueChange }: ComposerDraftOptions): ComposerDraft {
  const [own, setOwn] = useState(defaultValue);
  const value = controlled ?? own;
  // Read by the async turn callback and the store listener, which must see the draft as it is now.
  const latest = useRef(value);
  latest.current = value;
  const restored = useRef<{ userId: string; text: string } | undefined>(undefined);
  const change = useRef(onValueChange);
  change.current = onValueChange;

  const setValue = (next: string) => {
    latest.current = next;
    if (controlled === undefined) setOwn(next);
    change.current?.(next);
  };
  const setValueRef = useRef(setValue);
  setValueRef.current = setValue;

  useEffect(
    () =>
      store.subscribe((state) => {
        const pending = restored.current;
        if (!pending || endsWithFailedTurn(state, pending.userId)) return;
        restored.current = undefined;
        if (state.status !== 'error' && latest.current === pending.text) setValueRef.current('');
      }),
    [store],
  );

  const submit = () => {
    const text = latest.current;
    if (text.trim() === '') return;
    const pending = restored.current;
    restored.current = undefined;
    const before = store.getState();
    if (pending && endsWithFailedTurn(before, pending.userId)) before.setMessages(before.messages.slice(0, -2));
    setValue('');
    const turn = before.send(text);
    // `send` adds the user message synchronously, so the last user message now is the one just sent.
    const userId = store.getState().messages.findLast((message) => message.role === 'user')?.id;
    void turn.then(() => {
      if (!userId || latest.current !== '' || !endsWithFailedTurn(store.getState(), userId)) return;
      restored.current = { userId, text };
      setValueRef.current(text);
    });
  };

  return { value, setValue, submit };
}
