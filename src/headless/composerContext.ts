'use client';
import { createContext, useContext, type RefObject } from 'react';
import type { ComposerDraft } from './useComposerDraft';

/** What the `Composer.*` parts share: the draft, the chat's busy state and the input element. */
export interface ComposerContextValue extends ComposerDraft {
  /** True while a turn is in flight. */
  busy: boolean;
  /** Stops the turn in flight. */
  stop(): void;
  /** The `Composer.Input` element, to give focus back to after Stop. */
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/** Provided by `Composer.Root`. */
export const ComposerContext = createContext<ComposerContextValue | null>(null);

/** The enclosing composer; throws outside one. */
export function useComposer(consumer = 'useComposer'): ComposerContextValue {
  const composer = useContext(ComposerContext);
  if (!composer) throw new Error(`${consumer} must be used within <Composer.Root>.`);
  return composer;
}
