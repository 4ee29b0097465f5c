import { createElement, type CSSProperties, type ReactNode } from 'react';
import type { ResolvedMarkdownComponents } from './MarkdownComponents';
import { normalizeNewlines } from './normalizeNewlines';

// The one inline style the headless layer sets: until markdown is lexed, line breaks and indentation
// are the only structure the reader sees (a list, a code block), and collapsing them would garble it.
const PRESERVE_WHITE_SPACE: CSSProperties = { whiteSpace: 'pre-wrap' };

/**
 * `text` as plain paragraphs, split at blank lines, for the moment before the markdown lexer has
 * loaded. The text is a React child only, so nothing in it is ever read as HTML or markdown.
 */
export function renderPlainText(text: string, components: ResolvedMarkdownComponents): ReactNode[] {
  return normalizeNewlines(text)
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph, index) =>
      createElement(components.p, { key: index, 'data-md': 'paragraph', 'data-plain': 'true', style: PRESERVE_WHITE_SPACE }, paragraph),
    );
}
