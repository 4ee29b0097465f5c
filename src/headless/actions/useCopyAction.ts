'use client';
import { useEffect, useRef, useState } from 'react';
import { getMessageText, getRefusalText, type ChatMessage } from '../../message';
import type { ActionHandle } from './ActionHandle';
import { isLive, useMessage } from '../message/messageContext';

/** Options of {@link useCopyAction}. */
export interface CopyActionOptions {
  /** The text to copy; the message's raw text (markdown as the model wrote it), or its refusal, by default. */
  getText?: (message: ChatMessage) => string;
  /** How long `state` stays `'copied'` (or `'failed'`), in milliseconds. Default 2000. */
  resetAfterMs?: number;
}

/** What {@link useCopyAction} returns. */
export interface CopyActionHandle extends ActionHandle {
  /** `'idle'`, `'copied'` after a successful copy, `'failed'` when the clipboard refused. */
  state: 'idle' | 'copied' | 'failed';
}

const defaultText = (message: ChatMessage) => getMessageText(message) || getRefusalText(message);

/**
 * Copies the message's text to the clipboard. `null` when the message has no text; disabled while it
 * streams, since a partial answer is rarely what the user means to copy.
 */
export function useCopyAction({ getText = defaultText, resetAfterMs = 2000 }: CopyActionOptions = {}): CopyActionHandle | null {
  const message = useMessage('useCopyAction');
  const [state, setState] = useState<CopyActionHandle['state']>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const text = getText(message);
  if (text === '') return null;
  const settle = (next: CopyActionHandle['state']) => {
    setState(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), resetAfterMs);
  };
  return {
    state,
    disabled: isLive(message),
    onClick() {
      // The clipboard API is missing outside secure contexts; that is a failed copy, not a crash.
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard?.writeText) return settle('failed');
      clipboard.writeText(text).then(
        () => settle('copied'),
        () => settle('failed'),
      );
    },
  };
}
