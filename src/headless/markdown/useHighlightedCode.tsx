'use client';
import { Fragment, isValidElement, useEffect, useState, type ReactNode } from 'react';
import type { HighlightResult, HighlightToken, MarkdownHighlighter } from './MarkdownHighlighter';

function isTokenLines(result: HighlightResult): result is readonly (readonly HighlightToken[])[] {
  return (
    Array.isArray(result) &&
    result.every(
      (line: unknown) =>
        Array.isArray(line) &&
        line.every(
          (token: unknown) =>
            typeof token === 'object' &&
            token !== null &&
            !isValidElement(token) &&
            typeof (token as { content?: unknown }).content === 'string',
        ),
    )
  );
}

function toNode(result: HighlightResult): ReactNode {
  if (result === null || result === undefined || typeof result === 'boolean') return null;
  if (!isTokenLines(result)) return result as ReactNode;
  return result.map((line, index) => (
    <Fragment key={index}>
      {index > 0 ? '\n' : null}
      <span data-md="code-line">
        {line.map((token, tokenIndex) => (
          <span key={tokenIndex} data-md="code-token" className={token.className}>
            {token.content}
          </span>
        ))}
      </span>
    </Fragment>
  ));
}

/**
 * Runs the app's highlighter for one code block once it is `enabled` (complete and a highlighter
 * is set) and returns the highlighted node, or `null` while pending, on failure, or when the result
 * belongs to an older version of the code.
 */
export function useHighlightedCode(
  code: string,
  language: string,
  enabled: boolean,
  highlighter: { readonly current: MarkdownHighlighter | undefined },
): ReactNode {
  const [highlighted, setHighlighted] = useState<{ code: string; language: string; node: ReactNode } | null>(null);

  useEffect(() => {
    const highlight = highlighter.current;
    if (!enabled || highlight === undefined) return;
    let current = true;
    // Through a promise even when the highlighter is synchronous, so a throw is a rejection too.
    Promise.resolve()
      .then(() => highlight(code, language))
      .then(
        (result) => {
          const node = toNode(result);
          if (current && node !== null) setHighlighted({ code, language, node });
        },
        () => {
          // A failing highlighter leaves the plain text in place: highlighting is decoration.
        },
      );
    return () => {
      current = false;
    };
  }, [code, language, enabled, highlighter]);

  return highlighted !== null && highlighted.code === code && highlighted.language === language ? highlighted.node : null;
}
