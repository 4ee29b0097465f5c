'use client';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MessagePartComponents } from '../headless';
import type { MarkdownComponents, MarkdownHighlighter } from '../headless/markdown';
import { sameEntries, samePartComponents } from '../headless/parts/samePartComponents';
import type { StyledChatOptions } from './StyledChatContext';

const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** The latest value of an object prop, kept as the same object while its entries stay the same. */
function useStableEntries<T extends object>(value: T | undefined, same: (a: T | undefined, b: T | undefined) => boolean): T | undefined {
  const [kept, setKept] = useState(value);
  const current = same(kept, value) ? kept : value;
  // Adopting the new object during render is React's documented "adjust state on prop change" pattern.
  if (current !== kept) setKept(current);
  return current;
}

/**
 * The context value `ChatWindow` provides, kept stable across its renders. A parent using
 * `useChatStream` re-renders once per flush and typically passes an inline `highlight` function and
 * `markdownComponents` or `parts` objects; a new context value each time would re-render every
 * message on every token, so the function goes through a ref and the objects are compared entry by
 * entry.
 */
export function useChatOptionsValue(
  highlight: MarkdownHighlighter | undefined,
  markdownComponents: Partial<MarkdownComponents> | undefined,
  showStats: boolean | undefined,
  parts?: MessagePartComponents,
): StyledChatOptions {
  const latest = useRef(highlight);
  useBrowserLayoutEffect(() => {
    latest.current = highlight;
  });
  const stableHighlight = useCallback<MarkdownHighlighter>((code, language) => latest.current?.(code, language) ?? null, []);
  const enabled = highlight !== undefined;
  const components = useStableEntries(markdownComponents, sameEntries);
  const stableParts = useStableEntries(parts, samePartComponents);

  return useMemo(
    () => ({ highlight: enabled ? stableHighlight : undefined, markdownComponents: components, showStats, parts: stableParts }),
    [enabled, stableHighlight, components, showStats, stableParts],
  );
}
