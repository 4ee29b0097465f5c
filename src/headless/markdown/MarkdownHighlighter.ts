import type { ReactNode } from 'react';

/** One highlighted run of code: its text and an optional class name for the app's theme CSS. */
export interface HighlightToken {
  readonly content: string;
  readonly className?: string;
}

/**
 * What a highlighter returns: lines of {@link HighlightToken}s (rendered as
 * `<span data-md="code-line">` holding `<span data-md="code-token" class=…>` each), or any React
 * node the app builds itself. Never an HTML string: a string is shown as text, not parsed.
 * `null`/`undefined` keeps the plain text.
 */
export type HighlightResult = readonly (readonly HighlightToken[])[] | ReactNode;

/**
 * Syntax highlighting, opt-in and supplied by the app (no highlighter is bundled). It is called
 * after mount, in an effect, and only for code blocks that are complete (closing fence received or
 * message finished), so nothing is highlighted twice per keystroke of a streaming block and the
 * highlighter itself can be loaded lazily with a dynamic `import()` inside the function. Until it
 * resolves, and if it throws or rejects, the code shows as plain text. The latest function passed
 * is used; it need not be memoised.
 *
 * @example Plugging in shiki (the app installs it):
 * ```tsx
 * const highlight: MarkdownHighlighter = async (code, language) => {
 *   const { codeToTokens, bundledLanguages } = await import('shiki');
 *   if (!(language in bundledLanguages)) return null;
 *   const { tokens } = await codeToTokens(code, { lang: language as never, theme: 'github-light' });
 *   // Colours come from the app, so the app decides how to apply them:
 *   return tokens.map((line, i) => (
 *     <span key={i}>{line.map((t, j) => <span key={j} style={{ color: t.color }}>{t.content}</span>)}{'\n'}</span>
 *   ));
 * };
 * <StreamingMarkdown text={text} highlight={highlight} />
 * ```
 * A class-based highlighter can return `HighlightToken[][]` instead, e.g.
 * `[[{ content: 'const', className: 'tok-keyword' }, { content: ' x = 1' }]]`.
 */
export type MarkdownHighlighter = (code: string, language: string) => HighlightResult | Promise<HighlightResult>;
