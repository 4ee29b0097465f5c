import { describe, expect, it } from 'vitest';
import { remendMarkdown } from '../../../src/headless/markdown/remendMarkdown';

describe('remendMarkdown', () => {
  it.each([
    ['**bold', '**bold**'],
    ['*em', '*em*'],
    ['_em', '_em_'],
    ['~~gone', '~~gone~~'],
    ['`code', '`code`'],
    ['``co`de', '``co`de``'],
    ['**bold *both', '**bold *both***'],
    ['**bold `code', '**bold `code`**'],
    ['**bold*', '**bold**'],
    ['**bold ', '**bold**'],
    ['**bold\nnext line', '**bold\nnext line**'],
    ['hello **', 'hello '],
    ['hello `', 'hello '],
    ['see [the docs](https://exa', 'see the docs'],
    ['see [the docs](', 'see the docs'],
    ['see [the docs]', 'see the docs'],
    ['see [the do', 'see the do'],
    ['**see [the docs](http', '**see the docs**'],
    ['![a chart](https://exa', 'a chart'],
    ['```py\nprint(1)\n``', '```py\nprint(1)\n'],
  ])('mends %j into %j', (input, expected) => {
    expect(remendMarkdown(input)).toBe(expected);
  });

  it.each([
    'plain text',
    '**done** and *done* and `done` and ~~done~~',
    'snake_case_name and 2 * 3 * 4',
    'about ~5 minutes',
    '- [ ] task',
    '- [x] task',
    'a [complete](https://example.com) link',
    'url https://example.com/_next/a_b and more',
    '```py\nx = **kwargs\n',
    '```\n```',
    'escaped \\*star and \\_underscore',
    '* bullet item',
  ])('leaves %j alone', (input) => {
    expect(remendMarkdown(input)).toBe(input);
  });

  it('only mends the last paragraph', () => {
    expect(remendMarkdown('**open\n\nlast *para')).toBe('**open\n\nlast *para*');
  });

  it('does not mend inside a closed code fence before the last paragraph', () => {
    expect(remendMarkdown('```\n**x\n```\nafter **b')).toBe('```\n**x\n```\nafter **b**');
  });

  it('closes nothing when far more delimiters are open than prose ever nests', () => {
    const text = '**a '.repeat(50).trimEnd();
    expect(remendMarkdown(text)).toBe(text);
  });
});
