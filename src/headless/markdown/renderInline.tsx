'use client';
import { createElement, Fragment, type ElementType, type Key, type ReactElement, type ReactNode } from 'react';
import type { Token, Tokens } from 'marked';
import { decodeCharacterReferences } from './decodeCharacterReferences';
import type { MarkdownElement, MarkdownElementProps } from './MarkdownComponents';
import type { MarkdownRenderContext } from './MarkdownRenderContext';
import { sanitizeUrl } from './sanitizeUrl';

/** Creates `tag` through the app's override for it, if any. */
export function markdownElement<T extends MarkdownElement>(
  context: MarkdownRenderContext,
  tag: T,
  key: Key | undefined,
  props: MarkdownElementProps<T>,
  children?: ReactNode,
): ReactElement {
  const component = (context.components[tag] ?? tag) as ElementType;
  return createElement(component, key === undefined ? props : { ...props, key }, children);
}

const EXTERNAL_LINK = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** The text an image's alt attribute should carry: its description without the markup. */
function plainText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      if (token.type === 'text') return token.escaped === true ? token.text : decodeCharacterReferences(token.text);
      if (token.type === 'escape' || token.type === 'codespan') return token.text;
      return 'tokens' in token ? plainText(token.tokens) : '';
    })
    .join('');
}

function renderLink(token: Tokens.Link, key: number, context: MarkdownRenderContext): ReactNode {
  // CommonMark decodes character references in destinations; autolinks are literal by definition.
  const href = sanitizeUrl(token.autolink === true ? token.href : decodeCharacterReferences(token.href));
  const children = renderInline(token.tokens, context);
  if (href === null) return createElement('span', { key, 'data-md': 'blocked-link' }, children);
  const title = token.title ? decodeCharacterReferences(token.title) : undefined;
  const tabIndex = context.interactive ? undefined : -1;
  return markdownElement(context, 'a', key, { href, title, tabIndex, ...EXTERNAL_LINK, 'data-md': 'link' }, children);
}

function renderImage(token: Tokens.Image, key: number, context: MarkdownRenderContext): ReactNode {
  const src = sanitizeUrl(decodeCharacterReferences(token.href));
  const alt = plainText(token.tokens);
  const title = token.title ? decodeCharacterReferences(token.title) : undefined;
  if (src === null) return createElement('span', { key, 'data-md': 'image-alt' }, alt);
  if (context.components.img !== undefined) {
    return markdownElement(context, 'img', key, { src, alt, title, 'data-md': 'image' });
  }
  const tabIndex = context.interactive ? undefined : -1;
  return markdownElement(context, 'a', key, { href: src, title, tabIndex, ...EXTERNAL_LINK, 'data-md': 'image-link' }, alt || src);
}

/** A task-list box: shown, never editable, since ticking it could not change the model's answer. */
export function renderCheckbox(token: Tokens.Checkbox, key: number, context: MarkdownRenderContext): ReactNode {
  const box = markdownElement(context, 'input', undefined, {
    type: 'checkbox',
    checked: token.checked,
    disabled: true,
    readOnly: true,
    // A form control needs a name; the item's own text follows it, so the name only says what it is.
    'aria-label': token.checked ? context.labels.taskDone : context.labels.taskOpen,
    'data-md': 'task-checkbox',
  });
  return createElement(Fragment, { key }, box, ' ');
}

function renderInlineToken(token: Token, key: number, context: MarkdownRenderContext): ReactNode {
  switch (token.type) {
    case 'text':
      if (token.tokens !== undefined && token.tokens.length > 0) return renderInline(token.tokens, context, key);
      return token.escaped === true ? token.text : decodeCharacterReferences(token.text);
    case 'escape':
      return token.text;
    case 'strong':
    case 'em':
    case 'del':
      return markdownElement(context, token.type, key, { 'data-md': token.type }, renderInline(token.tokens ?? [], context));
    case 'codespan':
      return markdownElement(context, 'code', key, { 'data-md': 'inline-code' }, token.text);
    case 'br':
      return markdownElement(context, 'br', key, { 'data-md': 'br' });
    case 'link':
      return renderLink(token as Tokens.Link, key, context);
    case 'image':
      return renderImage(token as Tokens.Image, key, context);
    case 'checkbox':
      return renderCheckbox(token as Tokens.Checkbox, key, context);
    default:
      // Raw HTML (`<script>`, `<img onerror=…>`) and anything unknown is shown as the text it was.
      return token.raw;
  }
}

/** Renders inline tokens (text, emphasis, code spans, links…) as React nodes. */
export function renderInline(tokens: readonly Token[], context: MarkdownRenderContext, key?: Key): ReactNode {
  const nodes = tokens.map((token, index) => renderInlineToken(token, index, context));
  return key === undefined ? nodes : createElement(Fragment, { key }, nodes);
}
