import type * as MarkdownLexerModuleType from './createMarkdownBlockCache';

/** The module that lexes markdown (marked and the block cache built on it), loaded on demand. */
export type MarkdownLexerModule = typeof MarkdownLexerModuleType;

// One load per page, shared by every message: later messages render markdown from their first render.
let loaded: MarkdownLexerModule | undefined;
let loading: Promise<MarkdownLexerModule> | undefined;
const listeners = new Set<() => void>();

/**
 * Starts loading the markdown lexer (once per page) and returns the pending load; a failed load is
 * forgotten, so the next call tries again.
 */
export function loadMarkdownLexer(): Promise<MarkdownLexerModule> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('./createMarkdownBlockCache').then((value) => {
    loaded = value;
    for (const listener of listeners) listener();
    return value;
  });
  // A failed chunk load (offline, a deploy that removed it) leaves the plain text on screen; the
  // promise is forgotten so that the next message to mount tries again.
  loading.catch(() => void (loading = undefined));
  return loading;
}

/** useSyncExternalStore subscription: a subscriber also asks for the load, so mounting requests it. */
export function subscribeMarkdownLexer(listener: () => void): () => void {
  listeners.add(listener);
  loadMarkdownLexer().catch(() => undefined);
  return () => void listeners.delete(listener);
}

/** The lexer module once loaded, else `undefined`. */
export const getMarkdownLexer = (): MarkdownLexerModule | undefined => loaded;

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
