'use client';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MarkdownComponents, MarkdownHighlighter } from '../headless/markdown';
import type { StyledChatOptions } from './StyledChatContext';

const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

function sameEntries<T extends object>(a: T | undefined, b: T | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as Array<keyof T>;
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * The context value `ChatWindow` provides, kept stable across its renders. A parent using
 * `useChatStream` re-renders once per flush and typically passes an inline `highlight` function and
 * `markdownComponents` object; a new context value each time would re-render every message on every
 * token, so the function goes through a ref and the object is compared entry by entry.
 */
export function useChatOptionsValue(
  highlight: MarkdownHighlighter | undefined,
  markdownComponents: Partial<MarkdownComponents> | undefined,
  showStats: boolean | undefined,
): StyledChatOptions {
  const latest = useRef(highlight);
  useBrowserLayoutEffect(() => {
    latest.current = highlight;
  });
  const stableHighlight = useCallback<MarkdownHighlighter>((code, language) => latest.current?.(code, language) ?? null, []);
  const enabled = highlight !== undefined;

  const [components, setComponents] = useState(markdownComponents);
  const current = sameEntries(components, markdownComponents) ? components : markdownComponents;
  // Adopting the new object during render is React's documented "adjust state on prop change" pattern.
  if (current !== components) setComponents(current);

  return useMemo(
    () => ({ highlight: enabled ? stableHighlight : undefined, markdownComponents: current, showStats }),
    [enabled, stableHighlight, current, showStats],
  );
}
