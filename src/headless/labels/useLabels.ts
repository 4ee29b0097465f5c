'use client';
import { createContext, useContext, useMemo } from 'react';
import { defaultLabels, type ChatLabels } from './labels';

/** The labels of the enclosing `Chat.Root`; the defaults outside one (a lone `StreamingMarkdown`). */
export const LabelsContext = createContext<ChatLabels>(defaultLabels);

/** The labels every part reads its words from; see {@link ChatLabels}. */
export function useLabels(): ChatLabels {
  return useContext(LabelsContext);
}

/**
 * The labels a root provides: the app's partial `labels` over the enclosing ones (so a nested root
 * only overrides what it names). Memoized on the object, so pass a stable one (module level or
 * `useMemo`) to keep parts from re-rendering.
 */
export function useMergedLabels(labels: Partial<ChatLabels> | undefined): ChatLabels {
  const outer = useLabels();
  return useMemo(() => (labels ? { ...outer, ...labels } : outer), [outer, labels]);
}
