import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tsupConfig from '../../tsup.config';
import { agUiProtocol } from '../../src/protocols/ag-ui';
import { aiSdkUiProtocol, anthropicProtocol, geminiProtocol, openAIChatProtocol, openAIResponsesProtocol } from '../../src/protocols';

// The package is built with shared chunks, and an app bundles useChatStream out of them: whatever its
// bundler cannot prove free of side effects in a chunk stays, with everything it references. Bundling
// from src would hide such a leak (there a `const` is still known to be a number), so the entries are
// first built as tsup builds them (one esbuild pass, shared chunks, not minified), then the hook is
// bundled from that output as an app's esbuild does.
let outdir: string;
let hookBundle: string;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'rcs-bundle-'));
  const { entry } = tsupConfig as { entry: Record<string, string> };
  await build({
    entryPoints: entry,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    outdir,
    packages: 'external',
    external: ['*.css'],
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const app = await build({
    stdin: { contents: "export { useChatStream } from './index.js';", resolveDir: outdir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  hookBundle = app.outputFiles[0]!.text;
}, 60_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('an app that imports useChatStream', () => {
  it('bundles the default protocol', () => {
    expect(hookBundle).toContain(`name:"${openAIChatProtocol.name}"`);
  });

  it.each([anthropicProtocol, openAIResponsesProtocol, geminiProtocol, aiSdkUiProtocol, agUiProtocol])(
    'does not bundle the $name protocol',
    (protocol) => {
      // A boolean, not toContain: a failure would print the whole bundle.
      expect(hookBundle.includes(`name:"${protocol.name}"`)).toBe(false);
    },
  );
});
