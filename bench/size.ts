import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// What an app pays for each entry: the built package (dist/, resolved through its exports map by name,
// as an app's bundler does), bundled, minified, gzipped, with React (a peer) left out.
const ENTRIES: [label: string, contents: string][] = [
  ['core: createChatStore + decoder', "export { createChatStore } from 'react-chat-stream/core';"],
  ['react: useChatStream', "export { useChatStream } from 'react-chat-stream';"],
  ['headless: all parts + markdown', "export * from 'react-chat-stream/headless';"],
  ["'.': everything", "import * as main from 'react-chat-stream'; export { main };"],
  // One module graph: the second entry adds only its own small file, not a second copy of the core.
  ["'.' and '/core': everything", "import * as main from 'react-chat-stream'; import * as core from 'react-chat-stream/core'; export { main, core };"],
];

async function minifiedSize(contents: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    // The package's own name resolves through package.json's exports to dist/, not through the
    // tsconfig paths that map it to src/ for the tests.
    tsconfigRaw: {},
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]!.contents;
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

/** Bundle size per entry of the built package, minified and min+gzip, beside the two libraries it is built on. */
export async function runSizeBench(): Promise<string[]> {
  if (!existsSync('dist/index.js')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  const lines = ['bundle size of dist/ through the exports map, react external (esbuild)', `  ${''.padEnd(36)}  minified  min+gzip`];
  for (const [label, contents] of ENTRIES) {
    const { minified, gzipped } = await minifiedSize(contents);
    lines.push(`  ${label.padEnd(36)} ${kb(minified)} ${kb(gzipped)}`);
  }
  const floor = await minifiedSize("export { createParser } from 'eventsource-parser'; export { createStore } from 'zustand/vanilla';");
  lines.push(`  ${'eventsource-parser + zustand/vanilla'.padEnd(36)} ${kb(floor.minified)} ${kb(floor.gzipped)}`);
  return lines;
}
