'use client';
import { useRef, type CompositionEvent, type KeyboardEvent } from 'react';

/** Props to spread on a text field, plus a check for "this Enter belongs to an IME composition". */
export interface ImeGuard {
  onCompositionStart(event: CompositionEvent<HTMLTextAreaElement>): void;
  onCompositionEnd(event: CompositionEvent<HTMLTextAreaElement>): void;
  /** True when the key event is part of (or confirms) an input-method composition. */
  isComposing(event: KeyboardEvent<HTMLTextAreaElement>): boolean;
}

/**
 * Tracks input-method composition (Japanese, Chinese, Korean…), whose Enter confirms a candidate and
 * must never send. Three signals, because browsers disagree: `isComposing` on the key event, keyCode
 * 229 (Safari fires the confirming keydown after `compositionend`, with `isComposing` false), and the
 * composition events themselves.
 */
export function useImeGuard(): ImeGuard {
  const composing = useRef(false);
  return {
    onCompositionStart() {
      composing.current = true;
    },
    onCompositionEnd() {
      composing.current = false;
    },
    isComposing: (event) => composing.current || event.nativeEvent.isComposing || event.keyCode === 229,
  };
}
