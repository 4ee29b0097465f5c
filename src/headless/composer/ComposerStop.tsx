'use client';
import type { ActionHandle } from '../actions/ActionHandle';
import { useComposer } from './composerContext';
import { createActionButton, type ActionButtonProps } from '../actions/createActionButton';

/** Props of {@link ComposerStop}. */
export type ComposerStopProps = ActionButtonProps;

/**
 * Behaviour of the stop button: stop the turn in flight and move focus to the input, since the button
 * itself goes away; `null` while nothing is in flight.
 */
export function useStopAction(): ActionHandle | null {
  const composer = useComposer('Composer.Stop');
  if (!composer.busy) return null;
  return {
    onClick() {
      composer.stop();
      composer.inputRef.current?.focus();
    },
  };
}

/** Stops the answer in flight (`stop()`), keeping its partial text. Rendered only while a turn is in flight. */
export const ComposerStop = createActionButton('Composer.Stop', useStopAction, {
  label: (labels) => labels.stopGenerating,
  content: (labels) => labels.stop,
}, useComposer);
