import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Lexer, lexer, type Token } from 'marked';
import { createMarkdownBlockCache, type MarkdownBlocks } from '../../../src/headless/markdown/createMarkdownBlockCache';
import { remendMarkdown } from '../../../src/headless/markdown/remendMarkdown';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Token trees without `raw` and blank space: what the renderer reads. */
const shape = (tokens: readonly Token[]): string =>
  JSON.stringify(
    tokens.filter((token) => token.type !== 'space'),
    (key, value: unknown) => (key === 'raw' ? undefined : value),
  );

const allTokens = (blocks: MarkdownBlocks): Token[] => [...blocks.completed.flatMap((b) => b.tokens), ...(blocks.live?.tokens ?? [])];

/** Characters handed to marked while `run` runs. */
function lexedCharacters(run: () => void): number {
  let characters = 0;
  const original = Lexer.prototype.lex;
  const spy = vi.spyOn(Lexer.prototype, 'lex').mockImplementation(function (this: Lexer, source: string) {
    characters += source.length;
    return original.call(this, source);
  });
  run();
  spy.mockRestore();
  return characters;
}

const fill = (head: string, size: number, piece: (index: number) => string) => {
  let text = head;
  for (let index = 0; text.length < size; index++) text += piece(index);
  return text;
};

const SHAPES = {
  table: {
    base: (size: number) => fill('Scores:\n\n| name | kind | score |\n|---|:-:|--:|\n', size, (i) => `| row ${i} | **bold ${i}** | ${i} |\n`),
    token: (i: number) => ['| ', `cell ${i} `, `| *em ${i}* `, `| ${i} |\n`][i % 4]!,
  },
  code: {
    base: (size: number) => fill('The file:\n\n```ts\n', size, (i) => `const value${i} = compute(${i});\n`),
    token: (i: number) => (i % 6 === 5 ? `x${i});\n` : `part${i}_`),
  },
  prose: {
    base: (size: number) => fill('', size, (i) => `word${i}${i % 40 === 39 ? '.\n\n' : ' '}`) + 'Last ',
    token: (i: number) => `word${i}${i % 50 === 49 ? '.\n\n' : ' '}`,
  },
};

describe('StreamingMarkdown block cache on long messages', () => {
  it.each(Object.entries(SHAPES))('lexes no more per token in a 50 KB %s than in a 1 KB one', (_name, { base, token }) => {
    const streamed = (size: number) => {
      const cache = createMarkdownBlockCache();
      let text = base(size);
      cache.update(text, true);
      return lexedCharacters(() => {
        for (let index = 0; index < 200; index++) cache.update((text += token(index)), true);
      });
    };
    const short = streamed(1_000);
    const long = streamed(50_000);
    expect(short).toBeGreaterThan(0);
    // Lexing the growing block whole on every token would make this about 50 times larger.
    expect(long).toBeLessThanOrEqual(short * 1.5);
  });

  const cell = fc.constantFrom('a', 'b c', '**b**', '*e*', '`c`', '\\|', ' ', 'x_y', '1.5', '~~s~~', '<b>');
  const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(' | ')} |\n`);
  const table = fc
    .tuple(fc.constantFrom('| h | i |\n|---|:-:|\n', '| a | b | c |\n|--|--|--:|\n', 'h | i\n--|--\n'), fc.array(row, { minLength: 2, maxLength: 30 }))
    .map(([head, rows]) => head + rows.join(''));
  const line = fc.constantFrom('const a = 1;', '', '  indented', '```js', '~~~', '**not bold', '| not | a row |', '# not a heading', '- item');
  const code = fc
    .tuple(fc.constantFrom('```', '```ts', '~~~', '````md'), fc.array(line, { minLength: 2, maxLength: 30 }), fc.boolean())
    .map(([fence, lines, closed]) => `${fence}\n${lines.join('\n')}\n${closed ? fence.replace(/[a-z]+$/, '') : ''}`);

  it('shows each step of a growing table or code block as lexing that step whole does, whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(table, code), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        (blocks, steps, crlf) => {
          const lf = `${blocks.join('\n\n')}\n\nThe end.`;
          // Windows line ends are read as LF, even when a chunk splits a CR from its LF.
          const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
          const cache = createMarkdownBlockCache();
          let blocksNow = cache.update('', true);
          for (let end = 0, i = 0; end < text.length; i++) {
            end = Math.min(text.length, end + steps[i % steps.length]!);
            blocksNow = cache.update(text.slice(0, end), true);
            const live = blocksNow.live;
            if (live !== null) expect(shape(live.tokens)).toBe(shape(lexer(remendMarkdown(live.raw), { gfm: true })));
          }
          expect(shape(allTokens(blocksNow))).toBe(shape(lexer(lf, { gfm: true })));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('resolves a reference link in a growing table against a definition that finished just before it', () => {
    const cache = createMarkdownBlockCache();
    cache.update('Intro.\n\n[r]: https://r.example', true);
    // The definition finishes in the same update that brings the table's first rows.
    cache.update('Intro.\n\n[r]: https://r.example\n\n| a |\n|---|\n| see [x][r] |\n| more |\n', true);
    const blocks = cache.update('Intro.\n\n[r]: https://r.example\n\n| a |\n|---|\n| see [x][r] |\n| more |\n| and more', true);
    const table = blocks.live?.tokens[0] as { type: string; rows: { tokens: Token[] }[][] };
    expect(table.type).toBe('table');
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]![0]!.tokens.map((token) => token.type)).toEqual(['text', 'link']);
  });
});
