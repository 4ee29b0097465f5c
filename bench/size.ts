import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// What an app pays for each entry: bundled, minified, gzipped, with React (a peer) left out.
const ENTRIES: [label: string, contents: string][] = [
  ['core: createChatStore + decoder', "export { createChatStore } from './src/core';"],
  ['react: useChatStream', "export { useChatStream } from './src/index';"],
  ['headless: all parts + markdown', "export * from './src/headless/index';"],
];

async function gzippedSize(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

/** Bundle size per entry, min+gzip, beside the two libraries it is built on. */
export async function runSizeBench(): Promise<string[]> {
  const lines = ['bundle size, min+gzip, react external (esbuild)'];
  for (const [label, contents] of ENTRIES) {
    lines.push(`  ${label.padEnd(36)} ${(((await gzippedSize(contents)) / 1024).toFixed(1) + ' KB').padStart(9)}`);
  }
  const floor = (await gzippedSize("export { createParser } from 'eventsource-parser'; export { createStore } from 'zustand/vanilla';")) / 1024;
  lines.push(`  ${'eventsource-parser + zustand/vanilla'.padEnd(36)} ${(floor.toFixed(1) + ' KB').padStart(9)}`);
  return lines;
}
