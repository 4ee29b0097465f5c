import { fileURLToPath } from 'node:url';

/**
 * The package's public entries mapped to their sources, so that the README's samples (which import
 * `react-chat-stream/...` as an application does) run in the tests against the code under test. Each
 * pattern matches the whole specifier: `react-chat-stream` must not swallow `react-chat-stream/styled`.
 * tsconfig.json's `paths` mirror this table for the typecheck.
 */
const entries: Record<string, string> = {
  'react-chat-stream': 'src/index.ts',
  'react-chat-stream/core': 'src/core.ts',
  'react-chat-stream/headless': 'src/headless/index.ts',
  'react-chat-stream/styled': 'src/styled/index.ts',
  'react-chat-stream/styles.css': 'src/styled/styles.css',
  'react-chat-stream/server': 'src/server/index.ts',
  'react-chat-stream/testing': 'src/testing/index.ts',
  'react-chat-stream/testing/node': 'src/testing/node/index.ts',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Vite `resolve.alias` entries for the package's own name. */
export const packageAliases = Object.entries(entries).map(([name, path]) => ({
  find: new RegExp(`^${escape(name)}$`),
  replacement: fileURLToPath(new URL(`../../${path}`, import.meta.url)),
}));
