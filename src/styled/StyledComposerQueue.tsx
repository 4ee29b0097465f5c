'use client';
import { getQueuedText } from '../headless/composer/ComposerQueueState';
import { Composer, useLabels, useQueuedMessage, type ComposerQueuePause, type RenderQueuedMessage } from '../headless';

/** One queued message as a row: its text on one line (or its files' names), Send now, and remove. */
function QueuedRow() {
  const item = useQueuedMessage('StyledComposer');
  const labels = useLabels();
  const text = getQueuedText(item, labels.fileImage);
  return (
    <>
      <span className="rcs-queue__text" title={text}>
        {text}
      </span>
      <Composer.QueueSendNow className="rcs-queue__send-now" />
      <Composer.QueueRemove className="rcs-queue__remove" title={labels.queueRemove}>
        ×
      </Composer.QueueRemove>
    </>
  );
}

// Module level, so the list does not re-render its rows for a new function on every composer render.
const renderRow: RenderQueuedMessage = () => <QueuedRow />;

function PausedNote({ reason }: { reason: ComposerQueuePause }) {
  const labels = useLabels();
  return (
    <>
      <span className="rcs-queue__paused-text">{labels.queuePaused(reason)}</span>
      <Composer.QueueResume className="rcs-queue__resume" />
    </>
  );
}

const renderPaused = (reason: ComposerQueuePause) => <PausedNote reason={reason} />;

/**
 * The send queue above the composer's field, `rcs-queue`: one small row per queued message with Send
 * now (steer) and a remove button, and, once a failed or stopped turn paused the queue, a note in the
 * warning palette with a button that sends the next message. Renders nothing while the queue is empty.
 */
export function StyledComposerQueue() {
  return (
    <Composer.Queue className="rcs-queue" render={renderRow}>
      <Composer.QueuePaused className="rcs-queue__paused" render={renderPaused} />
    </Composer.Queue>
  );
}
