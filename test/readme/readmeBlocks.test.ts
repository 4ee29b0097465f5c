import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_LANGS, readFencedBlocks, readReadme, readRepoFile } from './readmeExamples';

const blocks = readFencedBlocks(readReadme());
const codeBlocks = blocks.filter((block) => CODE_LANGS.has(block.lang));
const testSources = readdirSync(new URL('.', import.meta.url))
  .filter((name) => /\.test\.tsx?$/.test(name))
  .map((name) => readRepoFile(`test/readme/${name}`));

// The example apps are built from the packed tarball and driven in Chromium by scripts/examples.mjs.
const APP_DIRS = ['examples/vite/', 'examples/nextjs/'];

describe('README code blocks', () => {
  it('reads the fences of a markdown document', () => {
    const sample = '<!-- example: examples/a.ts -->\n```ts\nconst a = 1;\n\n```\n\n~~~~sh\n```\nls\n~~~~\n```tsx\nopen';
    expect(readFencedBlocks(sample)).toEqual([
      { lang: 'ts', code: 'const a = 1;\n\n', line: 2, example: 'examples/a.ts' },
      { lang: 'sh', code: '```\nls\n', line: 7, example: undefined },
      { lang: 'tsx', code: 'open\n', line: 11, example: undefined },
    ]);
  });

  it('finds the quick start among the blocks, so the checks below cannot pass on an empty list', () => {
    expect(codeBlocks.length).toBeGreaterThanOrEqual(2);
    expect(codeBlocks.map((block) => block.code).join('')).toContain('useChatStream(');
  });

  it.each(codeBlocks.map((block) => [`line ${block.line} (${block.lang})`, block] as const))(
    'the block at README.md %s is an example file, byte for byte',
    (_, block) => {
      // Every TypeScript/JavaScript block is a file that runs: mark it with `<!-- example: examples/... -->`.
      expect(block.example, 'an <!-- example: examples/... --> line above the fence').toMatch(/^examples\//);
      expect(block.code).toBe(readRepoFile(block.example!));
    },
  );

  it.each(codeBlocks.filter((block) => block.example !== undefined).map((block) => [block.example!] as const))(
    'the example %s is driven by a test or by scripts/examples.mjs',
    (path) => {
      const inApp = APP_DIRS.some((dir) => path.startsWith(dir));
      const module = path.replace(/\.[cm]?[jt]sx?$/, '');
      const imported = testSources.some((source) => source.includes(`'../../${module}'`));
      expect(inApp || imported, `${path}: import it from a test under test/readme, or make it part of an example app`).toBe(true);
    },
  );
});
