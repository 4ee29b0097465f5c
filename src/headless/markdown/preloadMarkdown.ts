import type * as MarkdownLexerModuleType from './createMarkdownBlockCache';
import { createLazyModule } from '../internal/createLazyModule';

/** The module that lexes markdown (marked and the block cache built on it), loaded on demand. */
export type MarkdownLexerModule = typeof MarkdownLexerModuleType;

// One load per page, shared by every message: later messages render markdown from their first render.
// A failed chunk load leaves the plain text on screen; the next message to mount tries again.
const lexer = createLazyModule<MarkdownLexerModule>(() => import('./createMarkdownBlockCache'));

/** Starts loading the markdown lexer (once per page) and returns the pending load. */
export const loadMarkdownLexer = lexer.load;

/** useSyncExternalStore subscription: a subscriber also asks for the load, so mounting requests it. */
export const subscribeMarkdownLexer = lexer.subscribe;

/** The lexer module once loaded, else `undefined`. */
export const getMarkdownLexer = lexer.get;

// A server render never waits for the chunk, so hydration starts from the plain text as well; React
// then moves to the markdown without a mismatch.
/** The server snapshot: never loaded. */
export const getServerMarkdownLexer = (): MarkdownLexerModule | undefined => undefined;

/**
 * Loads the markdown lexer ahead of its first use. `StreamingMarkdown` keeps the lexer (marked, about
 * 18 KB min+gzip) out of the initial bundle and loads it when the first message mounts, showing that
 * message's text as plain paragraphs until it arrives. Call this at app start to have markdown ready
 * before the first answer; `ChatWindow` calls it when its module is imported.
 *
 * @returns A promise that resolves to `true` once markdown renders, or to `false` when the chunk
 *   could not be loaded (the text then stays plain; the next call or mount tries again). It never rejects.
 *
 * @example
 * import { preloadMarkdown } from 'react-chat-stream/headless';
 * void preloadMarkdown();
 */
export function preloadMarkdown(): Promise<boolean> {
  return loadMarkdownLexer().then(
    () => true,
    () => false,
  );
}
