'use client';
import { useEffect, useState, type ReactNode } from 'react';
import type { MarkdownRenderContext } from './MarkdownRenderContext';
import { useLabels } from '../labels/useLabels';
import { markdownElement } from './renderInline';

/** How long the button reports the outcome of a copy before returning to idle. */
export const COPY_FEEDBACK_MS = 2000;

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The copy button of a code block. `data-state` is `idle`, `copied` (for {@link COPY_FEEDBACK_MS}
 * after a successful copy) or `failed` (no clipboard access, e.g. an insecure context or a denied
 * permission), so the app can style the feedback.
 */
export function CopyButton({ text, context }: { text: string; context: MarkdownRenderContext }): ReactNode {
  // A fresh object per outcome, so a second click restarts the feedback timer.
  const labels = useLabels();
  const [feedback, setFeedback] = useState<{ state: Exclude<CopyState, 'idle'> } | null>(null);

  useEffect(() => {
    if (feedback === null) return;
    const timer = setTimeout(() => setFeedback(null), COPY_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  const copy = (): void => {
    // `navigator.clipboard` is undefined outside secure contexts even though the DOM types say otherwise.
    const clipboard: Clipboard | undefined = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (clipboard === undefined) {
      setFeedback({ state: 'failed' });
      return;
    }
    clipboard.writeText(text).then(
      () => setFeedback({ state: 'copied' }),
      () => setFeedback({ state: 'failed' }),
    );
  };

  const state: CopyState = feedback?.state ?? 'idle';
  return markdownElement(
    context,
    'button',
    undefined,
    {
      type: 'button',
      onClick: copy,
      tabIndex: context.interactive ? undefined : -1,
      'aria-label': labels.copyCode,
      'data-md': 'copy-button',
      'data-state': state,
    },
    state === 'copied' ? labels.copied : labels.copy,
  );
}
