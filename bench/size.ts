import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

// What an app pays for each entry in a production build: the built package (dist/, resolved through its
// exports map by name, as an app's bundler does), bundled, minified, gzipped, with React (a peer) left
// out and `process.env.NODE_ENV` set to "production", so development-only checks drop out as they do in
// every app bundler's production mode.
export const SIZE_ENTRIES: readonly (readonly [label: string, contents: string])[] = [
  ['core: createChatStore + decoder', "export { createChatStore } from 'react-chat-stream/core';"],
  ['react: useChatStream', "export { useChatStream } from 'react-chat-stream';"],
  // The hook with one other protocol, as an app on that backend imports it: only that protocol is added.
  ['  + openAIResponsesProtocol', "export { useChatStream, openAIResponsesProtocol } from 'react-chat-stream';"],
  ['  + anthropicProtocol', "export { useChatStream, anthropicProtocol } from 'react-chat-stream';"],
  ['  + geminiProtocol', "export { useChatStream, geminiProtocol } from 'react-chat-stream';"],
  ['  + aiSdkUiProtocol', "export { useChatStream, aiSdkUiProtocol } from 'react-chat-stream';"],
  ['  + agUiProtocol (/ag-ui)', "export { useChatStream } from 'react-chat-stream'; export { agUiProtocol } from 'react-chat-stream/ag-ui';"],
  ['headless: all parts + markdown', "export * from 'react-chat-stream/headless';"],
  ['styled: ChatWindow', "export { ChatWindow } from 'react-chat-stream/styled';"],
  ["'.': everything", "import * as main from 'react-chat-stream'; export { main };"],
  // One module graph: the second entry adds only its own small file, not a second copy of the core.
  ["'.' and '/core': everything", "import * as main from 'react-chat-stream'; import * as core from 'react-chat-stream/core'; export { main, core };"],
];

/** The label of the stylesheet's row, `dist/styles.css` minified and gzipped. */
export const CSS_LABEL = 'styles.css';

/** One entry's cost in bytes. */
export interface BundleSize {
  /** What the page loads up front (the entry and the chunks it imports statically), minified. */
  minified: number;
  /** The same, minified and gzipped as one file (as it sits in the app's entry chunk). */
  gzipped: number;
  /** What loads only when used (behind a dynamic `import()`: the agent loop, error bodies), min+gzip. */
  lazyGzipped: number;
}

const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/** Bundles `contents` (an app's imports) against dist/ as an app's production build does, and sizes it. */
export async function measureBundle(contents: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    // The package's own name resolves through package.json's exports to dist/, not through the
    // tsconfig paths that map it to src/ for the tests.
    tsconfigRaw: {},
    bundle: true,
    minify: true,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
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
  // Chunks behind import() have an entry point too: the app's own is the stdin one.
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === '<stdin>')!;
  // The entry and every chunk it imports statically load up front; the rest only on demand.
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  const upFront: Uint8Array[] = [];
  let lazyGzipped = 0;
  for (const path of Object.keys(outputs)) {
    if (path.endsWith('.map')) continue;
    const bytes = contentsOf.get(path.slice(path.indexOf('bench-size-out')))!;
    if (initial.has(path)) upFront.push(bytes);
    else lazyGzipped += gzip(bytes);
  }
  // esbuild puts the modules an entry shares with its lazy chunks into chunks of their own; an app's
  // bundler (Rollup, webpack) keeps them in the app's entry chunk, so what loads up front is gzipped as
  // one file. Each lazy chunk loads as a file of its own.
  const initialCode = Buffer.concat(upFront);
  return { minified: initialCode.length, gzipped: gzip(initialCode), lazyGzipped };
}

/** `dist/styles.css` minified by esbuild's CSS loader, and gzipped. */
export async function measureStylesheet(): Promise<BundleSize> {
  const { code } = await transform(readFileSync('dist/styles.css', 'utf8'), { loader: 'css', minify: true });
  return { minified: Buffer.byteLength(code), gzipped: gzip(code), lazyGzipped: 0 };
}

/** Builds the package when dist/ is missing (a fresh clone, or a size check run alone). */
export function ensureDist(): void {
  if (!existsSync('dist/index.js') || !existsSync('dist/styles.css')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

/** Bundle size per entry of the built package, minified and min+gzip, beside the two libraries it is built on. */
export async function runSizeBench(): Promise<string[]> {
  ensureDist();
  const lines = [
    'bundle size of dist/ in a production build (process.env.NODE_ENV "production"), through the exports map, react external',
    '(esbuild, split as an app bundler does: what loads up front gzipped as one file, each on-demand chunk apart)',
    `  ${''.padEnd(36)}  minified  min+gzip  on demand   (min+gzip; budget up front / on demand)`,
  ];
  // The budgets npm test checks (size-budget.json), shown beside the sizes they bound.
  const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as { initial: Record<string, number>; onDemand: Record<string, number> };
  const row = (label: string, { minified, gzipped, lazyGzipped }: BundleSize) => {
    const limits = [budget.initial[label], budget.onDemand[label]].map((limit) => (limit === undefined ? '' : `${limit} KB`));
    const bounds = limits.some((limit) => limit !== '') ? `   budget ${limits[0] || '-'} / ${limits[1] || '-'}` : '';
    return `  ${label.padEnd(36)} ${kb(minified)} ${kb(gzipped)} ${lazyGzipped > 0 ? kb(lazyGzipped) : ''.padStart(9)}${bounds}`.trimEnd();
  };
  for (const [label, contents] of SIZE_ENTRIES) lines.push(row(label, await measureBundle(contents)));
  lines.push(row(CSS_LABEL, await measureStylesheet()));
  lines.push(row('eventsource-parser + zustand/vanilla', await measureBundle("export { createParser } from 'eventsource-parser'; export { createStore } from 'zustand/vanilla';")));
  return lines;
}
