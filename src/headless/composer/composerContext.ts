'use client';
import type { RefObject } from 'react';
import { createPartContext } from '../internal/createPartContext';
import type { ComposerDraft } from './useComposerDraft';
import type { ComposerAttachments } from './useComposerAttachments';

/** What the `Composer.*` parts share: the draft, the chat's busy state and the input element. */
export interface ComposerContextValue extends ComposerDraft {
  /** True while a turn is in flight. */
  busy: boolean;
  /** Stops the turn in flight. */
  stop(): void;
  /** The `Composer.Input` element, to give focus back to after Stop. */
  inputRef: RefObject<HTMLTextAreaElement | null>;
  /** The files waiting to go with the next message. */
  files: ComposerAttachments;
}

const composerPart = createPartContext<ComposerContextValue>('`Composer.Root`');

/** Provided by `Composer.Root`. */
export const ComposerContext = composerPart.Context;

/** The enclosing composer; throws outside one. */
export function useComposer(consumer = 'useComposer'): ComposerContextValue {
  return composerPart.use(consumer);
}
