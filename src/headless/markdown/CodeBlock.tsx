'use client';
import type { ReactNode } from 'react';
import { CopyButton } from './CopyButton';
import type { MarkdownRenderContext } from './MarkdownRenderContext';
import { markdownElement } from './renderInline';
import { useHighlightedCode } from './useHighlightedCode';

/** Props of {@link CodeBlock}. */
export interface CodeBlockProps {
  /** The code, without fences. */
  code: string;
  /** First word of the info string, `''` when none. */
  language: string;
  /** The closing fence arrived or the message finished: the code will not change any more. */
  complete: boolean;
  context: MarkdownRenderContext;
}

// A streaming code block grows by a token at a time. As one text node, every token would replace
// the whole text (and the browser lay it all out again); as chunks of whole lines whose boundaries
// depend only on the text before them, every chunk but the last keeps its text node untouched.
const CHUNK = 4096;

function codeChunks(code: string): string | string[] {
  if (code.length <= CHUNK) return code;
  const chunks: string[] = [];
  let start = 0;
  for (let end = code.indexOf('\n', CHUNK) + 1; end !== 0 && end < code.length; end = code.indexOf('\n', end + CHUNK) + 1) {
    chunks.push(code.slice(start, end));
    start = end;
  }
  chunks.push(code.slice(start));
  return chunks;
}

/**
 * A fenced or indented code block: `<div data-md="code-block" data-language>` holding a toolbar
 * (language label and copy button) and `<pre data-md="pre"><code data-md="code">`. While the block
 * is still streaming the code is plain text; once complete it is passed to the app's highlighter,
 * if any, and `data-highlighted="true"` marks the swap.
 */
export function CodeBlock({ code, language, complete, context }: CodeBlockProps): ReactNode {
  const highlighted = useHighlightedCode(code, language, complete && context.highlightEnabled, context.highlighter);
  const dataLanguage = language === '' ? undefined : language;
  return (
    <div data-md="code-block" data-language={dataLanguage} data-complete={complete ? 'true' : 'false'}>
      <div data-md="code-toolbar">
        {dataLanguage === undefined ? null : <span data-md="code-language">{language}</span>}
        <CopyButton text={code} context={context} />
      </div>
      {markdownElement(
        context,
        'pre',
        undefined,
        { 'data-md': 'pre' },
        markdownElement(
          context,
          'code',
          undefined,
          { 'data-md': 'code', 'data-language': dataLanguage, 'data-highlighted': highlighted === null ? undefined : 'true' },
          highlighted ?? codeChunks(code),
        ),
      )}
    </div>
  );
}
