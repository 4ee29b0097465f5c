'use client';
import { createActionButton } from './createActionButton';
import { useMessage, useMessageEditing } from '../message/messageContext';
import { useChatRootStore } from '../chat/useChatRootStore';
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
  label: (labels, state) => (state === 'copied' ? labels.copied : labels.copyMessage),
  content: (labels, state) => (state === 'copied' ? labels.copied : labels.copy),
}, useMessage);

/** Opens the editor of a user message (`useEditAction`); needs `Message.Root` and a `Message.Editor`. */
export const ActionEdit = createActionButton('Action.Edit', useEditAction, {
  label: (labels) => labels.editMessage,
  content: (labels) => labels.edit,
}, (name) => {
  useMessage(name);
  useMessageEditing(name);
});

/** Answers again from an assistant message (`useRegenerateAction`). */
export const ActionRegenerate = createActionButton('Action.Regenerate', useRegenerateAction, {
  label: (labels) => labels.regenerateResponse,
  content: (labels) => labels.regenerate,
}, useMessageInChat);

/** Re-runs the failed last turn (`useRetryAction`). */
export const ActionRetry = createActionButton('Action.Retry', useRetryAction, {
  label: (labels) => labels.retry,
  content: (labels) => labels.retry,
}, useMessageInChat);
