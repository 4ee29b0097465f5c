'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { QueuedMessage } from '../../store/ChatState';
import { Primitive, withContent } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';
import { useComposer } from './composerContext';
import { ComposerQueueRemove, ComposerQueueResume, ComposerQueueSendNow, QueuedMessageContext } from './ComposerQueueActions';
import { getQueuedText, useComposerQueue, type ComposerQueuePause } from './ComposerQueueState';

/** Renders the inside of one queued message's item; the `Composer.Queue*` item parts work in it. */
export type RenderQueuedMessage = (item: QueuedMessage, index: number) => ReactNode;

/** Props of {@link ComposerQueue}. */
export interface ComposerQueueProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * The inside of each item (an `li` with `data-queue-item`). Default: the message's text (or its
   * files' names, `data-queue-text`), `Composer.QueueSendNow` and `Composer.QueueRemove`.
   */
  render?: RenderQueuedMessage;
  /** Shown after the list instead of the default `Composer.QueuePaused`. */
  children?: ReactNode;
}

function DefaultItem({ item }: { item: QueuedMessage }) {
  const labels = useLabels();
  return (
    <>
      <span data-queue-text="">{getQueuedText(item, labels.fileImage)}</span> <ComposerQueueSendNow /> <ComposerQueueRemove />
    </>
  );
}

/**
 * The messages `send` queued under `whenBusy: 'queue'`, oldest first, in a list named
 * `labels.queuedMessages`, each with Send now (steer) and Remove. `data-state` is `'waiting'` while the
 * queue drains by itself and `'paused'` after a turn that failed or was stopped (`data-paused-by`
 * `'error' | 'stopped'`), when `Composer.QueuePaused` says so and offers `Composer.QueueResume`.
 * Use inside `Composer.Root`; renders nothing while the queue is empty.
 */
export const ComposerQueue = forwardRef<HTMLDivElement, ComposerQueueProps>(function ComposerQueue(
  { render, children, ...props },
  ref,
) {
  useComposer('Composer.Queue');
  const { items, state, pausedBy } = useComposerQueue('Composer.Queue');
  const labels = useLabels();
  if (items.length === 0) return null;
  return (
    <div data-state={state} data-paused-by={pausedBy} {...props} ref={ref}>
      <ul aria-label={labels.queuedMessages} data-queue-list="">
        {items.map((item, index) => (
          <QueuedMessageContext.Provider key={item.id} value={item}>
            <li data-queue-item="">{render ? render(item, index) : <DefaultItem item={item} />}</li>
          </QueuedMessageContext.Provider>
        ))}
      </ul>
      {children === undefined ? <ComposerQueuePaused /> : children}
    </div>
  );
});

/** Props of {@link ComposerQueuePaused}. */
export interface ComposerQueuePausedProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What to say for a pause; default `labels.queuePaused(reason)` and a `Composer.QueueResume`. */
  render?: (reason: ComposerQueuePause) => ReactNode;
  /** Renders the single child element instead of a `div`, with the content appended. */
  asChild?: boolean;
  /** With `asChild`, the element to render as. */
  children?: ReactNode;
}

/**
 * Says why the queue stopped draining: a `role="status"` `div` with `data-paused-by`, rendered only
 * while the queue is paused (a queued message is never sent after an answer that failed or was
 * stopped without the user asking). Use inside `Composer.Root`.
 */
export const ComposerQueuePaused = forwardRef<HTMLDivElement, ComposerQueuePausedProps>(function ComposerQueuePaused(
  { render, asChild, children, ...props },
  ref,
) {
  useComposer('Composer.QueuePaused');
  const { pausedBy } = useComposerQueue('Composer.QueuePaused');
  const labels = useLabels();
  if (!pausedBy) return null;
  const content = render ? (
    render(pausedBy)
  ) : (
    <>
      <span data-queue-paused-text="">{labels.queuePaused(pausedBy)}</span> <ComposerQueueResume />
    </>
  );
  return (
    <Primitive.div asChild={asChild} role="status" data-paused-by={pausedBy} {...props} ref={ref}>
      {withContent(asChild, children, content)}
    </Primitive.div>
  );
});
