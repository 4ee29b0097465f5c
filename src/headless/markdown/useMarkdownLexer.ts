'use client';
import { useSyncExternalStore } from 'react';
import { getMarkdownLexer, getServerMarkdownLexer, subscribeMarkdownLexer, type MarkdownLexerModule } from './preloadMarkdown';

/**
 * The markdown lexer module, or `undefined` until it has loaded (always on the server and while
 * hydrating). Mounting a reader requests the load; every reader re-renders once when it arrives.
 */
export function useMarkdownLexer(): MarkdownLexerModule | undefined {
  return useSyncExternalStore(subscribeMarkdownLexer, getMarkdownLexer, getServerMarkdownLexer);
}
