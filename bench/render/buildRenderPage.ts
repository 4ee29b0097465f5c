import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The files of the render bench page, by URL path, with their content types. */
export type RenderPageFiles = Map<string, { type: string; body: Uint8Array | string }>;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The hook script runs before the app's module so that react-dom finds it when it initializes.
const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>render bench</title>
<style>
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; }
  .bench-viewport { height: 100vh; overflow-y: auto; }
  .bench-log { max-width: 46rem; margin: 0 auto; padding: 1rem; }
  .bench-row { margin: 0 0 1rem; white-space: pre-wrap; }
  .bench-row[data-role='user'] { margin-left: 20%; padding: 0.5rem 0.75rem; background: #eef; border-radius: 0.75rem; }
</style>
<script type="module" src="/hook.js"></script>
<script type="module" src="/main.js"></script>
</head>
<body><div id="root"></div></body>
</html>
`;

/**
 * Bundles the page in memory as an app would ship it: React's production build, minified. Every
 * contender is in the same bundle; the query picks one. `/styles.css` is the library's stylesheet as
 * is, loaded by the styled contender only.
 */
export async function buildRenderPage(): Promise<RenderPageFiles> {
  const result = await build({
    entryPoints: { hook: here('./commitHook.ts'), main: here('./main.tsx') },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: 'out',
    write: false,
    logLevel: 'error',
  });
  const files: RenderPageFiles = new Map();
  files.set('/', { type: 'text/html; charset=utf-8', body: HTML });
  for (const output of result.outputFiles) {
    const name = output.path.slice(output.path.lastIndexOf('/'));
    files.set(name, { type: 'text/javascript; charset=utf-8', body: output.contents });
  }
  files.set('/styles.css', { type: 'text/css; charset=utf-8', body: await readFile(here('../../src/styled/styles.css')) });
  return files;
}
