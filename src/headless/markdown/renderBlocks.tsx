'use client';
import { createElement, memo, type ReactNode } from 'react';
import type { Token, Tokens } from 'marked';
import { CodeBlock } from './CodeBlock';
import type { MarkdownRenderContext } from './MarkdownRenderContext';
import { markdownElement, renderCheckbox, renderInline } from './renderInline';
import { isClosedFence } from './scanFences';
import { createGroupComponent, renderInGroups } from './renderInGroups';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

function renderList(token: Tokens.List, key: number, context: MarkdownRenderContext): ReactNode {
  const items = token.items.map((item, index) =>
    markdownElement(
      context,
      'li',
      index,
      { 'data-md': 'list-item', 'data-task': item.task ? (item.checked === true ? 'checked' : 'unchecked') : undefined },
      renderBlocks(item.tokens, context),
    ),
  );
  const loose = token.loose ? 'true' : undefined;
  if (!token.ordered) return markdownElement(context, 'ul', key, { 'data-md': 'list', 'data-loose': loose }, items);
  const start = typeof token.start === 'number' && token.start !== 1 ? token.start : undefined;
  return markdownElement(context, 'ol', key, { start, 'data-md': 'list', 'data-loose': loose }, items);
}

// Alignment is exposed as `data-align` rather than the obsolete `align` attribute or an inline
// style: the library ships no presentation, the app's CSS decides.
const cell = (tag: 'th' | 'td', value: Tokens.TableCell, index: number, context: MarkdownRenderContext): ReactNode =>
  markdownElement(
    context,
    tag,
    index,
    { scope: tag === 'th' ? 'col' : undefined, 'data-md': 'table-cell', 'data-align': value.align ?? undefined },
    renderInline(value.tokens, context),
  );

const row = (cells: Tokens.TableCell[], tag: 'th' | 'td', index: number, context: MarkdownRenderContext): ReactNode =>
  markdownElement(context, 'tr', index, { 'data-md': 'table-row' }, cells.map((value, i) => cell(tag, value, i, context)));

// The rows of a streaming table keep their identity once their line is complete (see
// createLiveBlockSplice), so grouped rows make a token cost the same on a long table as on a short one.
const TableRow = memo(function TableRow({ cells, index, context }: { cells: Tokens.TableCell[]; index: number; context: MarkdownRenderContext }) {
  return row(cells, 'td', index, context);
});

const TableRowGroup = createGroupComponent<Tokens.TableCell[], MarkdownRenderContext>('TableRowGroup', (cells, index, context) =>
  createElement(TableRow, { key: index, cells, index, context }),
);

function renderTable(token: Tokens.Table, key: number, context: MarkdownRenderContext): ReactNode {
  const head = markdownElement(context, 'thead', 'head', { 'data-md': 'table-head' }, row(token.header, 'th', 0, context));
  const body =
    token.rows.length === 0
      ? null
      : markdownElement(context, 'tbody', 'body', { 'data-md': 'table-body' }, renderInGroups(TableRowGroup, token.rows, context));
  return markdownElement(context, 'table', key, { 'data-md': 'table' }, [head, body]);
}

function renderBlock(token: Token, key: number, context: MarkdownRenderContext): ReactNode {
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'paragraph':
      return markdownElement(context, 'p', key, { 'data-md': 'paragraph' }, renderInline(token.tokens ?? [], context));
    case 'heading': {
      const tag = HEADINGS[Math.min(Math.max((token as Tokens.Heading).depth, 1), 6) - 1] ?? 'h6';
      return markdownElement(context, tag, key, { 'data-md': 'heading' }, renderInline(token.tokens ?? [], context));
    }
    case 'hr':
      return markdownElement(context, 'hr', key, { 'data-md': 'hr' });
    case 'blockquote':
      return markdownElement(context, 'blockquote', key, { 'data-md': 'blockquote' }, renderBlocks(token.tokens ?? [], context));
    case 'list':
      return renderList(token as Tokens.List, key, context);
    case 'table':
      return renderTable(token as Tokens.Table, key, context);
    case 'code': {
      const code = token as Tokens.Code;
      // The info string's first word is the language (`ts title="x"` → `ts`), as in CommonMark.
      const language = code.lang?.trim().split(/\s/, 1)[0] ?? '';
      const complete = context.complete || (code.codeBlockStyle !== 'indented' && isClosedFence(code.raw));
      return createElement(CodeBlock, { key, code: code.text, language, context, complete });
    }
    case 'text':
      // Items of a tight list hold bare text blocks instead of paragraphs.
      return renderInline(token.tokens ?? [{ type: 'text', raw: token.raw, text: token.text as string }], context, key);
    case 'checkbox':
      return renderCheckbox(token as Tokens.Checkbox, key, context);
    default:
      // Block HTML and anything unknown: shown as the literal source, never interpreted.
      return markdownElement(context, 'p', key, { 'data-md': 'html' }, token.raw.replace(/\n+$/, ''));
  }
}

/** Renders block tokens (paragraphs, lists, tables, code…) as React nodes. */
export function renderBlocks(tokens: readonly Token[], context: MarkdownRenderContext): ReactNode[] {
  return tokens.map((token, index) => renderBlock(token, index, context));
}
