import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StreamingMarkdown } from '../../../src/headless/markdown';
import { MAX_BLOCK_INDENT, flattenDeepNesting } from '../../../src/headless/markdown/flattenDeepNesting';

afterEach(cleanup);

/** A list nested `depth` levels, each level indented `step` more columns: 400 × 2 makes ~160 KB. */
function deepList(depth: number, step = 2, marker = '-'): string {
  return Array.from({ length: depth }, (_, level) => `${' '.repeat(step * level)}${marker} item ${level}`).join('\n');
}

/** The deepest chain of nested lists in the rendered DOM, counted iteratively. */
function listDepth(root: Element): number {
  let deepest = 0;
  for (const list of root.querySelectorAll('ul, ol')) {
    let depth = 0;
    for (let node: Element | null = list; node && node !== root; node = node.parentElement) {
      if (node.tagName === 'UL' || node.tagName === 'OL') depth++;
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** How deep a list indented in `step`-column levels can go before the cap flattens it. */
const capFor = (step: number) => Math.floor(MAX_BLOCK_INDENT / step) + 1;

describe('deeply nested lists are flattened past a fixed depth', () => {
  it.each([
    ['finished, 2-space levels', 2, false, '-'],
    ['streaming, 2-space levels', 2, true, '-'],
    ['finished, 4-space ordered levels', 4, false, '1.'],
  ])('%s: the DOM nests at most the cap, and every item is still there', (_name, step, streaming, marker) => {
    const text = deepList(400, step, marker);
    const { container } = render(<StreamingMarkdown text={text} streaming={streaming} />);
    const root = container.firstElementChild!;
    expect(listDepth(root)).toBe(capFor(step));
    const items = [...root.querySelectorAll('li')].map((item) => item.firstChild?.textContent?.trim());
    expect(items).toEqual(Array.from({ length: 400 }, (_, level) => `item ${level}`));
  });

  it('leaves ordinary nesting, fenced code and indented prose alone', () => {
    const ordinary = deepList(8, 4);
    expect(flattenDeepNesting(ordinary)).toBe(ordinary);
    const fenced = ['```json', `${' '.repeat(60)}- not a list, code`, '```', ''].join('\n');
    expect(flattenDeepNesting(fenced)).toBe(fenced);
    const tilde = ['- item', '  ~~~', `${' '.repeat(80)}1. code too`, '  ~~~'].join('\n');
    expect(flattenDeepNesting(tilde)).toBe(tilde);
  });

  it('brings list and quote lines past the cap back to it, keeping their text', () => {
    const deepQuote = `${'\t'.repeat(12)}> quoted`;
    expect(flattenDeepNesting(deepQuote)).toBe(`${' '.repeat(MAX_BLOCK_INDENT)}> quoted`);
    const after = flattenDeepNesting(['```', 'code', '```', `${' '.repeat(90)}* deep`].join('\n'));
    expect(after.split('\n').at(-1)).toBe(`${' '.repeat(MAX_BLOCK_INDENT)}* deep`);
  });
});
