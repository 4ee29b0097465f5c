'use client';
import type { ActionHandle } from './ActionHandle';
import { useMessage, useMessageEditing } from '../message/messageContext';

/**
 * Opens the editor of this user message (see `Message.Editor`). `null` for other roles; disabled while
 * the editor is open. `trigger` is the element that gets focus back when editing is cancelled.
 */
export function useEditAction(): ActionHandle | null {
  const message = useMessage('useEditAction');
  const { editing, startEditing } = useMessageEditing('useEditAction');
  if (message.role !== 'user') return null;
  return { disabled: editing, state: editing ? 'editing' : 'idle', onClick: (trigger) => startEditing(trigger) };
}
