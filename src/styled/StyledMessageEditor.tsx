'use client';
import { forwardRef } from 'react';
import { Message, type MessageEditorProps } from '../headless';
import { cx } from './cx';

/** Props of {@link StyledMessageEditor}: those of `Message.Editor`. */
export type StyledMessageEditorProps = MessageEditorProps;

/**
 * The inline editor of a user message, `rcs-editor`, shown while its Edit action has it open. It
 * keeps the headless editor's textarea and Save/Cancel buttons (Enter saves, Shift+Enter adds a
 * line, Escape cancels, IME-safe) and styles them from the stylesheet; `render` replaces
 * them.
 */
export const StyledMessageEditor = forwardRef<HTMLFormElement, StyledMessageEditorProps>(function StyledMessageEditor(
  { className, ...props },
  ref,
) {
  return <Message.Editor className={cx('rcs-editor rcs-theme', className)} {...props} ref={ref} />;
});
