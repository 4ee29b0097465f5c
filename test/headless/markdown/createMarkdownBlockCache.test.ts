import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Lexer, lexer, type Token } from 'marked';
import { createMarkdownBlockCache, type MarkdownBlocks } from '../../../src/headless/markdown/createMarkdownBlockCache';

afterEach(() => {
  vi.restoreAllMocks();
});

const allTokens = (blocks: MarkdownBlocks): Token[] => [...blocks.completed.flatMap((b) => b.tokens), ...(blocks.live?.tokens ?? [])];

/** Token trees without `raw` and blank space, i.e. what the renderer looks at. */
const shape = (tokens: readonly Token[]): string =>
  JSON.stringify(
    tokens.filter((token) => token.type !== 'space'),
    (key, value: unknown) => (key === 'raw' ? undefined : value),
  );

const FRAGMENTS = [
  'a', 'b c', '**', '*', '_', '`', '```', '```js', '~~~', '~~', '\n', '\n\n', '- ', '* ', '1. ', '2) ', '> ', '# ',
  '## ', '| a | b |', '|---|:-:|', '---', '===', '    ', '\t', '  \n', '\\', '[x]', '[x][r]', '(https://a.example)',
  '![i](https://i.example)', '[r]: https://r.example', '<div>', '</div>', '<!--', '-->', '<pre>', '&amp;', '- [ ] ',
  '  - ', 'text\n', '\r\n', 'https://u.example/x_y', '\nHello', '\n-', 'Word ',
];

/** Blocks as a model writes them; every one well-formed, so mending the last one changes nothing. */
const LLM_BLOCKS = [
  '# Title', '## Section two', 'A plain paragraph with **bold**, *em* and `code`.', 'Line one\nline two',
  'See [the docs](https://docs.example/a_b) or <https://x.example>.', '- one\n- two\n  - nested',
  '1. first\n2. second', '- [ ] todo\n- [x] done', '> quoted\n> text', '---', '```ts\nconst a = 1;\n\nlet b;\n```',
  '~~~\nplain\n~~~', '| a | b |\n|---|:-:|\n| 1 | 2 |', '    indented code', 'Use [x][r] here.', '[r]: https://r.example',
  'Setext\n===', 'Done.',
];

/** Feeds `text` in chunks of the given sizes, returning the blocks after the last chunk. */
function stream(text: string, steps: readonly number[], check?: (blocks: MarkdownBlocks, end: number) => void): MarkdownBlocks {
  const cache = createMarkdownBlockCache();
  let blocks = cache.update('', true);
  for (let end = 0, i = 0; end < text.length; i++) {
    end = Math.min(text.length, end + (steps[i % steps.length] ?? 1));
    blocks = cache.update(text.slice(0, end), true);
    check?.(blocks, end);
  }
  return blocks;
}

describe('createMarkdownBlockCache', () => {
  it('covers the text exactly while streaming: finished sources in order, then the live source', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 40 }),
        (fragments, steps) => {
          const text = fragments.join('');
          stream(text, steps, (blocks, end) => {
            const source = text.slice(0, end).replace(/\r\n?/g, '\n');
            let position = 0;
            for (const block of blocks.completed) {
              const found = source.indexOf(block.raw, position);
              expect(found).toBeGreaterThanOrEqual(position);
              expect(source.slice(position, found).trim()).toBe('');
              position = found + block.raw.length;
            }
            const live = blocks.live?.raw ?? '';
            expect(source.endsWith(live)).toBe(true);
            expect(source.slice(position, source.length - live.length).trim()).toBe('');
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits model-style markdown exactly as lexing the whole text does, whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LLM_BLOCKS), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom('\n\n', '\n\n\n'), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 30 }),
        (blocks, separators, steps) => {
          // Ending on a plain paragraph finishes every block before it, definitions included.
          const text = `${blocks.map((block, i) => (i === 0 ? '' : separators[i % separators.length]) + block).join('')}\n\nThe end.`;
          expect(shape(allTokens(stream(text, steps)))).toBe(shape(lexer(text, { gfm: true })));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('renders a finished text as lexing the whole text does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }), (fragments) => {
        const text = fragments.join('').replace(/\r\n?/g, '\n');
        let expected: Token[];
        try {
          expected = lexer(text, { gfm: true });
        } catch {
          return; // marked's own crashes are covered by the fallback test below
        }
        expect(shape(allTokens(createMarkdownBlockCache().update(text, false)))).toBe(shape(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps finished blocks as the very same objects while the message grows', () => {
    const cache = createMarkdownBlockCache();
    const first = cache.update('# Title\n\nFirst paragraph.\n\n- a\n- b\n\nLast', true);
    expect(first.completed.map((block) => block.tokens[0]?.type)).toEqual(['heading', 'paragraph', 'list']);
    expect(first.live?.raw).toBe('Last');
    const second = cache.update('# Title\n\nFirst paragraph.\n\n- a\n- b\n\nLast words', true);
    first.completed.forEach((block, index) => expect(second.completed[index]).toBe(block));
    expect(second.live?.raw).toBe('Last words');
  });

  it('lexes only the last block when a token is appended to a long message', () => {
    const cache = createMarkdownBlockCache();
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph number ${i} with some **bold** text.`);
    let text = paragraphs.join('\n\n');
    cache.update(text, true);
    const lexed: number[] = [];
    const original = Lexer.prototype.lex;
    vi.spyOn(Lexer.prototype, 'lex').mockImplementation(function (this: Lexer, source: string) {
      lexed.push(source.length);
      return original.call(this, source);
    });
    text += ' more';
    cache.update(text, true);
    text += '\n\nA new paragraph';
    cache.update(text, true);
    const lastBlock = 'Paragraph number 199 with some **bold** text. more\n\nA new paragraph'.length;
    expect(lexed.length).toBeGreaterThan(0);
    expect(Math.max(...lexed)).toBeLessThanOrEqual(lastBlock);
    expect(lexed.reduce((sum, length) => sum + length, 0)).toBeLessThan(text.length / 10);
  });

  it('starts over when the text no longer extends what it has seen', () => {
    const cache = createMarkdownBlockCache();
    cache.update('# One\n\nTwo\n\nThree', true);
    const replaced = cache.update('Something else\n\n- entirely', true);
    expect(shape(allTokens(replaced))).toBe(shape(lexer('Something else\n\n- entirely')));
  });

  it('splits CRLF text at the same places as LF text', () => {
    const cache = createMarkdownBlockCache();
    const crlf = 'one\r\n\r\ntwo\r\n\r\n- three\r\n';
    for (let end = 1; end <= crlf.length; end++) cache.update(crlf.slice(0, end), true);
    const blocks = cache.update(crlf + '\r\nfour', true);
    expect(blocks.completed.map((block) => block.tokens[0]?.type)).toEqual(['paragraph', 'paragraph', 'list']);
    expect(blocks.live?.raw).toBe('four');
  });

  it('never throws on input marked itself crashes on, keeping the damage to that piece', () => {
    const crashing = '- b\n  >2)\nv';
    expect(() => lexer(crashing)).toThrow();
    const text = `Intro **bold**.\n\n${crashing}\n\nOutro.`;
    for (const streaming of [true, false]) {
      const blocks = createMarkdownBlockCache().update(text, streaming);
      const tokens = allTokens(blocks).filter((token) => token.type !== 'space');
      expect(tokens.map((token) => token.raw.trim())).toEqual(['Intro **bold**.', crashing, 'Outro.']);
      const intro = tokens[0];
      expect(intro !== undefined && 'tokens' in intro ? intro.tokens?.map((t) => t.type) : []).toContain('strong');
    }
  });

  it('shows absurdly deep container nesting literally instead of letting marked recurse', () => {
    const hostile = '> - '.repeat(5000) + 'x';
    const blocks = createMarkdownBlockCache().update(`Intro.\n\n${hostile}`, false);
    const tokens = allTokens(blocks).filter((token) => token.type !== 'space');
    expect(tokens.map((token) => token.type)).toEqual(['paragraph', 'paragraph']);
    expect(tokens[1]?.raw).toBe(hostile);
    const ordinary = createMarkdownBlockCache().update('> - a\n>   - b\n>     > c', false);
    expect(allTokens(ordinary)[0]?.type).toBe('blockquote');
    const rule = createMarkdownBlockCache().update('- '.repeat(100), false);
    expect(allTokens(rule)[0]?.type).toBe('hr');
  });

  it('re-lexes earlier blocks that use a reference once its definition is finished', () => {
    const cache = createMarkdownBlockCache();
    const inlineTypes = (blocks: MarkdownBlocks, index: number): string[] => {
      const paragraph = blocks.completed[index]?.tokens[0];
      return paragraph !== undefined && 'tokens' in paragraph ? (paragraph.tokens ?? []).map((t) => t.type) : [];
    };
    const before = cache.update('Use [x][r].\n\nPlain.\n\n', true);
    expect(inlineTypes(before, 0)).not.toContain('link');
    const after = cache.update('Use [x][r].\n\nPlain.\n\n[r]: https://r.example\n\nAfter', true);
    expect(inlineTypes(after, 0)).toContain('link');
    expect(after.completed[0]).not.toBe(before.completed[0]);
    expect(after.completed[1]).toBe(before.completed[1]);
    const unchanged = cache.update('Use [x][r].\n\nPlain.\n\n[r]: https://r.example\n\nAfter more', true);
    expect(unchanged.completed[0]).toBe(after.completed[0]);
  });

  it('applies a definition in the still-streaming block to earlier blocks only when it is finished', () => {
    const cache = createMarkdownBlockCache();
    const linkTypes = (blocks: MarkdownBlocks): (string | undefined)[] => {
      const paragraph = blocks.completed[0]?.tokens[0];
      return paragraph !== undefined && 'tokens' in paragraph ? (paragraph.tokens ?? []).map((t) => t.type) : [];
    };
    const streaming = cache.update('Use [x][r].\n\n[r]: https://r.exa', true);
    expect(linkTypes(streaming)).not.toContain('link');
    const done = cache.update('Use [x][r].\n\n[r]: https://r.example', false);
    expect(linkTypes(done)).toContain('link');
  });
});
