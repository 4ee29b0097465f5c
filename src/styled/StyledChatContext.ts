'use client';
import { createContext, useContext } from 'react';
import type { MessagePartComponents } from '../headless';
import type { MarkdownComponents, MarkdownHighlighter } from '../headless/markdown';

/**
 * Options `ChatWindow` hands down to the message pieces it renders. Per-role message components get
 * only `{ message, index }` from `Chat.Messages`, so these reach them through context instead.
 */
export interface StyledChatOptions {
  /** Syntax highlighting for finished code blocks. */
  highlight?: MarkdownHighlighter;
  /** Replacement markdown elements. */
  markdownComponents?: Partial<MarkdownComponents>;
  /** Whether assistant footers show usage and timing. Default true. */
  showStats?: boolean;
  /** Components per part type, over the styled ones (see `StyledMessageParts`). */
  parts?: MessagePartComponents;
}

/** Provided by `ChatWindow`; a piece used alone falls back to its own props and defaults. */
export const StyledChatContext = createContext<StyledChatOptions>({});

/** The options of the enclosing `ChatWindow`, or `{}` outside one. */
export const useStyledChatOptions = (): StyledChatOptions => useContext(StyledChatContext);
