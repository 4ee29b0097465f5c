import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import config from '../../.storybook/main.js';
import { REACT_DOCGEN_PLUGIN, scopeReactDocgen } from '../../.storybook/scopeReactDocgen.js';

const configDir = fileURLToPath(new URL('../../.storybook/', import.meta.url));

/** Storybook's glob syntax as our config uses it (`**`, `*`, `@(a|b)`), as a RegExp over relative paths. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^${}[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '§')
    .replace(/\*/g, '[^/]*')
    .replace(/@\(([^)]*)\)/g, '(?:$1)')
    .replace(/§/g, '(?:.*/)?');
  return new RegExp(`^${source}$`);
}

/** A stand-in for Storybook's docgen plugin that records which files it was asked to parse. */
function fakeDocgen() {
  const seen = vi.fn((_code: string, id: string) => ({ code: `/* docgen ${id} */` }));
  const plugin: Plugin = { name: REACT_DOCGEN_PLUGIN, enforce: 'pre', transform: seen };
  return { plugin, seen };
}

const run = (plugin: PluginOption, id: string) => (plugin as { transform: (code: string, id: string) => unknown }).transform('', id);

describe('Storybook config', () => {
  it('has no stories pattern that matches nothing (Storybook warns "No story files found" for those)', () => {
    for (const pattern of config.stories as string[]) {
      const absolute = new URL(pattern, `file://${configDir}`).pathname;
      // Walk only the pattern's fixed leading directory, then match the rest of the path.
      const base = absolute.slice(0, absolute.slice(0, absolute.search(/[*@]/)).lastIndexOf('/') + 1);
      const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).map((file) => base + file.split('\\').join('/'));
      expect({ pattern, matches: files.some((file) => globToRegExp(absolute).test(file)) }).toEqual({ pattern, matches: true });
    }
  });

  it("runs react-docgen on component files only, once the config's viteFinal has run", async () => {
    const { plugin, seen } = fakeDocgen();
    const viteFinal = config.viteFinal as (c: { plugins: PluginOption[] }, o: { configType: string }) => Promise<{ plugins: PluginOption[] }>;
    const final = await viteFinal({ plugins: [plugin] }, { configType: 'PRODUCTION' });
    const docgen = final.plugins.find((p) => (p as Plugin | null)?.name === REACT_DOCGEN_PLUGIN)!;
    expect(run(docgen, '/repo/src/store/createChatStore.ts')).toBeUndefined();
    expect(run(docgen, '/repo/src/styled/ChatWindow.tsx')).toEqual({ code: '/* docgen /repo/src/styled/ChatWindow.tsx */' });
    expect(seen.mock.calls.map(([, id]) => id)).toEqual(['/repo/src/styled/ChatWindow.tsx']);
  });
});

describe('scopeReactDocgen', () => {
  it('skips plain modules and stories files, keeps component files (query strings aside)', () => {
    const { plugin, seen } = fakeDocgen();
    const [docgen] = scopeReactDocgen([plugin])!;
    for (const id of ['/r/src/sse/readEventStream.ts', '/r/stories/styled/ChatWindow.stories.tsx', '/r/src/a.mjs']) expect(run(docgen!, id)).toBeUndefined();
    run(docgen!, '/r/src/headless/ChatRoot.tsx?v=1');
    expect(seen.mock.calls.map(([, id]) => id)).toEqual(['/r/src/headless/ChatRoot.tsx?v=1']);
  });

  it('leaves every other plugin as it was', () => {
    const other: Plugin = { name: 'vite:react', transform: () => undefined };
    const plugins = [other, null, [other]];
    expect(scopeReactDocgen(plugins)).toEqual(plugins);
    expect(scopeReactDocgen(plugins)![0]).toBe(other);
  });
});
