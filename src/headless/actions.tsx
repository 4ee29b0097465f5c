'use client';
import { createActionButton } from './createActionButton';
import { useMessage, useMessageEditing } from './messageContext';
import { useChatRootStore } from './useChatRootStore';
import { useCopyAction } from './useCopyAction';
import { useEditAction } from './useEditAction';
import { useRegenerateAction } from './useRegenerateAction';
import { useRetryAction } from './useRetryAction';

/** The contexts of a button that changes the conversation: a chat and a message. */
function useMessageInChat(consumer: string): void {
  useChatRootStore(consumer);
  useMessage(consumer);
}

/** Copies the message's text (`useCopyAction`); `data-state` is `idle`, `copied` or `failed`. */
export const ActionCopy = createActionButton('Action.Copy', useCopyAction, {
  label: (state) => (state === 'copied' ? 'Copied' : 'Copy message'),
  content: (state) => (state === 'copied' ? 'Copied' : 'Copy'),
}, useMessage);

/** Opens the editor of a user message (`useEditAction`); needs `Message.Root` and a `Message.Editor`. */
export const ActionEdit = createActionButton('Action.Edit', useEditAction, {
  label: () => 'Edit message',
  content: () => 'Edit',
}, (name) => {
  useMessage(name);
  useMessageEditing(name);
});

/** Answers again from an assistant message (`useRegenerateAction`). */
export const ActionRegenerate = createActionButton('Action.Regenerate', useRegenerateAction, {
  label: () => 'Regenerate response',
  content: () => 'Regenerate',
}, useMessageInChat);

/** Re-runs the failed last turn (`useRetryAction`). */
export const ActionRetry = createActionButton('Action.Retry', useRetryAction, {
  label: () => 'Retry',
  content: () => 'Retry',
}, useMessageInChat);
