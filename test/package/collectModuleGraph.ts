import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The files an entry loads, as a bundler resolving it by its public name would see them. */
export interface ModuleGraph {
  /** The file the specifier resolved to. */
  readonly entry: { path: string; text: string };
  /** Every file of the package reached from the entry (static and dynamic imports), with its text. */
  readonly files: readonly { path: string; text: string }[];
  /** Every bare specifier those files import: packages (`react`, `zustand`) and built-ins (`node:http`). */
  readonly externals: readonly string[];
}

/**
 * Resolves `specifier` from the project `dir` through the package's `exports` map with `conditions`
 * and walks its imports. esbuild does the resolving, so the graph is what an app's bundler builds, not
 * what a hand-written import scanner guesses.
 */
export async function collectModuleGraph(dir: string, specifier: string, conditions: readonly string[] = []): Promise<ModuleGraph> {
  const result = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: dir, loader: 'js' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: [...conditions],
    absWorkingDir: dir,
    logLevel: 'silent',
    plugins: [
      {
        // The entry is resolved through the exports map; beyond it only the package's own files are
        // walked, and every bare import (packages, built-ins) is recorded as an external.
        name: 'bare-imports-external',
        setup(bundler) {
          bundler.onResolve({ filter: /^[^./]/ }, (args) => (args.importer === '<stdin>' ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
  const inputs = Object.entries(result.metafile.inputs).filter(([path]) => path !== '<stdin>');
  const files = await Promise.all(inputs.map(async ([path]) => ({ path, text: await readFile(join(dir, path), 'utf8') })));
  const externals = new Set(inputs.flatMap(([, input]) => input.imports.filter((entry) => entry.external).map((entry) => entry.path)));
  const entryPath = result.metafile.inputs['<stdin>']!.imports[0]!.path;
  const entry = files.find((file) => file.path === entryPath)!;
  return { entry, files, externals: [...externals].sort() };
}

/** Whether a module's first statement is the `'use client'` directive. */
export function hasUseClientDirective(text: string): boolean {
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/.test(text);
}
