import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// What an app pays for each entry: the built package (dist/, resolved through its exports map by name,
// as an app's bundler does), bundled, minified, gzipped, with React (a peer) left out.
const ENTRIES: [label: string, contents: string][] = [
  ['core: createChatStore + decoder', "export { createChatStore } from 'react-chat-stream/core';"],
  ['react: useChatStream', "export { useChatStream } from 'react-chat-stream';"],
  // The hook with one other protocol, as an app on that backend imports it: only that protocol is added.
  ['  + openAIResponsesProtocol', "export { useChatStream, openAIResponsesProtocol } from 'react-chat-stream';"],
  ['  + anthropicProtocol', "export { useChatStream, anthropicProtocol } from 'react-chat-stream';"],
  ['  + geminiProtocol', "export { useChatStream, geminiProtocol } from 'react-chat-stream';"],
  ['  + aiSdkUiProtocol', "export { useChatStream, aiSdkUiProtocol } from 'react-chat-stream';"],
  ['  + agUiProtocol (/ag-ui)', "export { useChatStream } from 'react-chat-stream'; export { agUiProtocol } from 'react-chat-stream/ag-ui';"],
  ['headless: all parts + markdown', "export * from 'react-chat-stream/headless';"],
  ["'.': everything", "import * as main from 'react-chat-stream'; export { main };"],
  // One module graph: the second entry adds only its own small file, not a second copy of the core.
  ["'.' and '/core': everything", "import * as main from 'react-chat-stream'; import * as core from 'react-chat-stream/core'; export { main, core };"],
];

interface Sizes {
  minified: number;
  gzipped: number;
  /** What loads only when used (a dynamic `import()`: the agent loop, the JSON Schema validator), min+gzip. */
  lazyGzipped: number;
}

async function minifiedSize(contents: string): Promise<Sizes> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    // The package's own name resolves through package.json's exports to dist/, not through the
    // tsconfig paths that map it to src/ for the tests.
    tsconfigRaw: {},
    bundle: true,
    minify: true,
    format: 'esm',
    // Split as an app's bundler does, so code behind a dynamic import() is counted apart from what a
    // page loads up front.
    splitting: true,
    outdir: 'bench-size-out',
    write: false,
    metafile: true,
    platform: 'browser',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const contentsOf = new Map(result.outputFiles.map((file) => [file.path.slice(file.path.indexOf('bench-size-out')), file.contents]));
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint !== undefined)!;
  // The entry and every chunk it imports statically load up front; the rest only on demand.
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  let minified = 0;
  let gzipped = 0;
  let lazyGzipped = 0;
  for (const path of Object.keys(outputs)) {
    if (path.endsWith('.map')) continue;
    const bytes = contentsOf.get(path.slice(path.indexOf('bench-size-out')))!;
    const size = gzipSync(bytes, { level: 9 }).length;
    if (initial.has(path)) {
      minified += bytes.length;
      gzipped += size;
    } else lazyGzipped += size;
  }
  return { minified, gzipped, lazyGzipped };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

/** Bundle size per entry of the built package, minified and min+gzip, beside the two libraries it is built on. */
export async function runSizeBench(): Promise<string[]> {
  if (!existsSync('dist/index.js')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  const lines = [
    'bundle size of dist/ through the exports map, react external (esbuild, split as an app bundler does)',
    `  ${''.padEnd(36)}  minified  min+gzip  + on demand (min+gzip)`,
  ];
  for (const [label, contents] of ENTRIES) {
    const { minified, gzipped, lazyGzipped } = await minifiedSize(contents);
    lines.push(`  ${label.padEnd(36)} ${kb(minified)} ${kb(gzipped)} ${lazyGzipped > 0 ? kb(lazyGzipped) : ''}`);
  }
  const floor = await minifiedSize("export { createParser } from 'eventsource-parser'; export { createStore } from 'zustand/vanilla';");
  lines.push(`  ${'eventsource-parser + zustand/vanilla'.padEnd(36)} ${kb(floor.minified)} ${kb(floor.gzipped)}`);
  return lines;
}
