'use client';
import { forwardRef } from 'react';
import type { ActionHandle } from '../actions/ActionHandle';
import { createActionButton, type ActionButtonProps } from '../actions/createActionButton';
import { useChatRootStore } from '../chat/useChatRootStore';
import { createPartContext } from '../internal/createPartContext';
import type { QueuedMessage } from '../../store/ChatState';
import { useComposer } from './composerContext';
import { summarizeQueued, useComposerQueue } from './ComposerQueueState';
import type { ChatLabels } from '../labels/labels';
import { useLabels } from '../labels/useLabels';

const queuedPart = createPartContext<QueuedMessage>('a `Composer.Queue` item');

/** Provided by each item of `Composer.Queue`. */
export const QueuedMessageContext = queuedPart.Context;

/** The queued message of the enclosing `Composer.Queue` item; throws outside one. */
export function useQueuedMessage(consumer = 'useQueuedMessage'): QueuedMessage {
  return queuedPart.use(consumer);
}

// The button goes away with its item, so focus goes to the input rather than to the page's start.
function useQueueAction(consumer: string, run: (id: string) => unknown): ActionHandle {
  const { inputRef } = useComposer(consumer);
  const item = useQueuedMessage(consumer);
  return {
    onClick() {
      run(item.id);
      inputRef.current?.focus();
    },
  };
}

/**
 * Behaviour of a queued message's Remove button: drops it unsent (`removeQueued`; its `send` resolves
 * to `'ignored'`). Always applies inside an item.
 */
export function useQueueRemoveAction(): ActionHandle | null {
  const store = useChatRootStore('useQueueRemoveAction');
  return useQueueAction('useQueueRemoveAction', store.removeQueued);
}

/**
 * Behaviour of a queued message's Send now button: steers (`sendQueuedNow`), stopping the turn in
 * flight, keeping its partial answer, and sending this message at once; the rest of the queue follows.
 */
export function useQueueSendNowAction(): ActionHandle | null {
  const store = useChatRootStore('useQueueSendNowAction');
  return useQueueAction('useQueueSendNowAction', (id) => void store.sendQueuedNow(id));
}

/**
 * Behaviour of the Resume button: sends the next queued message (`resumeQueue`), which restarts the
 * drain; `null` unless the queue is paused after a failed or stopped turn.
 */
export function useQueueResumeAction(): ActionHandle | null {
  const store = useChatRootStore('useQueueResumeAction');
  const { inputRef } = useComposer('useQueueResumeAction');
  const { state } = useComposerQueue('useQueueResumeAction');
  if (state !== 'paused') return null;
  return {
    onClick() {
      void store.resumeQueue();
      inputRef.current?.focus();
    },
  };
}

/** An item's button: the action button, named from its label and the queued message's summary. */
function createItemButton(name: string, useAction: () => ActionHandle | null, label: (labels: ChatLabels) => (summary: string) => string, content: (labels: ChatLabels) => string) {
  const Button = createActionButton(name, useAction, { label: (labels) => content(labels), content }, useQueuedMessage);
  const ItemButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ItemButton(props, ref) {
    const item = queuedPart.useOptional();
    const labels = useLabels();
    // Outside an item the inner button throws, naming this part.
    const named = item ? label(labels)(summarizeQueued(item, labels.fileImage)) : undefined;
    return <Button aria-label={named} {...props} ref={ref} />;
  });
  ItemButton.displayName = name;
  return ItemButton;
}

/** Removes the queued message of its item (`useQueueRemoveAction`); named `labels.removeQueued(summary)`. */
export const ComposerQueueRemove = createItemButton('Composer.QueueRemove', useQueueRemoveAction, (labels) => labels.removeQueued, (labels) => labels.queueRemove);

/**
 * Sends the queued message of its item now, stopping the turn in flight (`useQueueSendNowAction`);
 * named `labels.sendQueuedNow(summary)`.
 */
export const ComposerQueueSendNow = createItemButton('Composer.QueueSendNow', useQueueSendNowAction, (labels) => labels.sendQueuedNow, (labels) => labels.queueSendNow);

/** Sends the next queued message while the queue is paused (`useQueueResumeAction`); renders nothing otherwise. */
export const ComposerQueueResume = createActionButton('Composer.QueueResume', useQueueResumeAction, {
  label: (labels) => labels.resumeQueue,
  content: (labels) => labels.queueResume,
}, useComposer);
