import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { ComponentPropsWithoutRef } from 'react';
import { StreamingMarkdown, type MarkdownComponents } from '../../../src/headless/markdown';

afterEach(cleanup);

const fill = (head: string, size: number, piece: (index: number) => string) => {
  let text = head;
  for (let index = 0; text.length < size; index++) text += piece(index);
  return text;
};

// Body cells only (the header's are `th`), two per row.
let cellRenders = 0;
function CountedCell(props: ComponentPropsWithoutRef<'td'>) {
  cellRenders++;
  return <td {...props} />;
}
const components: Partial<MarkdownComponents> = { td: CountedCell };

describe('StreamingMarkdown on a 50 KB message', () => {
  it('renders only the rows that changed when a token reaches a long table', () => {
    let text = fill('| name | score |\n|---|--:|\n', 50_000, (i) => `| row ${i} | ${i} |\n`);
    const view = render(<StreamingMarkdown text={text} streaming components={components} />);
    const rows = document.querySelectorAll('tbody tr').length;
    expect(rows).toBeGreaterThan(1_000);
    cellRenders = 0;
    const tokens = ['| new ', 'row ', '| 1 |\n', '| next ', 'one |'];
    for (const token of tokens) view.rerender(<StreamingMarkdown text={(text += token)} streaming components={components} />);
    expect(document.querySelectorAll('tbody tr')).toHaveLength(rows + 2);
    expect(document.querySelector('tbody tr:last-child')?.textContent).toBe('next one');
    // The growing row once per token, and a row whose line just ended up to twice more; rendering
    // every row per token would be thousands.
    expect(cellRenders).toBeLessThanOrEqual(2 * (tokens.length + 2));
  });

  it('leaves the text nodes of a long code block alone but for the last one while it grows', () => {
    let text = fill('```ts\n', 50_000, (i) => `const value${i} = compute(${i});\n`);
    const view = render(<StreamingMarkdown text={text} streaming />);
    const code = () => document.querySelector('code')!;
    const before = [...code().childNodes];
    expect(before.length).toBeGreaterThan(5);
    const firstData = before.map((node) => node.nodeValue);
    for (const token of ['const ', 'late', ' = 1;\n', 'done']) view.rerender(<StreamingMarkdown text={(text += token)} streaming />);
    const after = [...code().childNodes];
    after.slice(0, -1).forEach((node, index) => {
      expect(node).toBe(before[index]);
      expect(node.nodeValue).toBe(firstData[index]);
    });
    expect(code().textContent).toBe(text.slice('```ts\n'.length));
  });
});
