import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { ComponentPropsWithoutRef } from 'react';
import { StreamingMarkdown, type MarkdownComponents } from '../../../src/headless/markdown';

afterEach(cleanup);

function renderStreaming(text: string): HTMLElement {
  const { container } = render(<StreamingMarkdown text={text} streaming />);
  const root = container.firstElementChild;
  if (!(root instanceof HTMLElement)) throw new Error('no root element');
  return root;
}

describe('StreamingMarkdown mid-stream', () => {
  it('marks the root while streaming', () => {
    expect(renderStreaming('Hi').getAttribute('data-streaming')).toBe('true');
  });

  it('renders an unterminated code fence as a code block of what has arrived', () => {
    const root = renderStreaming('Intro\n\n```py\nprint(1)\nx = **kwargs');
    const block = root.querySelector('[data-md="code-block"]');
    expect(block?.getAttribute('data-language')).toBe('py');
    expect(block?.getAttribute('data-complete')).toBe('false');
    expect(block?.querySelector('code')?.textContent).toBe('print(1)\nx = **kwargs');
    expect(root.textContent).not.toContain('```');
  });

  it('hides a closing fence that is only partly received', () => {
    const root = renderStreaming('```js\nlet a = 1;\n``');
    expect(root.querySelector('code')?.textContent).toBe('let a = 1;');
    expect(root.textContent).not.toContain('`');
  });

  it.each([
    ['Some **bold text', 'strong', 'bold text'],
    ['Some *emphasis', 'em', 'emphasis'],
    ['Some _emphasis', 'em', 'emphasis'],
    ['Some ~~struck', 'del', 'struck'],
    ['Some `code', 'code[data-md="inline-code"]', 'code'],
  ])('renders %j with its construct closed', (text, selector, content) => {
    const root = renderStreaming(text);
    expect(root.querySelector(selector)?.textContent).toBe(content);
    expect(root.textContent).toBe(`Some ${content}`);
  });

  it('shows the text of a link whose destination is still arriving', () => {
    const root = renderStreaming('Read [the guide](https://example.com/gu');
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toBe('Read the guide');
  });

  it('shows the text of a link whose closing bracket has not arrived', () => {
    expect(renderStreaming('Read [the gui').textContent).toBe('Read the gui');
  });

  it('does not flash a delimiter that opens nothing yet', () => {
    expect(renderStreaming('Hello **').textContent).toBe('Hello ');
  });

  it('mends only the last block', () => {
    const root = renderStreaming('An **unclosed one.\n\nThe *last');
    const paragraphs = [...root.querySelectorAll('p')].map((p) => p.innerHTML);
    expect(paragraphs).toEqual(['An **unclosed one.', 'The <em data-md="em">last</em>']);
  });

  it('shows unterminated markers literally once the message is finished', () => {
    const { container } = render(<StreamingMarkdown text="Some **bold" streaming={false} />);
    expect(container.querySelector('strong')).toBeNull();
    expect(container.textContent).toBe('Some **bold');
  });

  it('ends on exactly what a finished render shows, whatever the chunking', () => {
    const text = '# Plan\n\nStep **one** and `two`.\n\n- [x] done\n- [ ] todo\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n```ts\nconst x = 1;\n```\n\n> quote [link](https://e.example)\n\nEnd.';
    const { container, rerender } = render(<StreamingMarkdown text="" streaming />);
    for (let end = 1; end <= text.length; end += 3) rerender(<StreamingMarkdown text={text.slice(0, end)} streaming />);
    rerender(<StreamingMarkdown text={text} streaming={false} />);
    const streamed = container.innerHTML;
    cleanup();
    const fresh = render(<StreamingMarkdown text={text} />);
    expect(streamed).toBe(fresh.container.innerHTML);
  });
});

describe('StreamingMarkdown re-rendering', () => {
  function countingParagraph(counts: Map<string, number>) {
    return function CountingParagraph(props: ComponentPropsWithoutRef<'p'>) {
      const key = String(props.children).slice(0, 12);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return <p {...props} />;
    };
  }

  const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${String(i).padStart(2, '0')} says something.`);

  it('re-renders only the last block when a token is appended to a long message', () => {
    const counts = new Map<string, number>();
    const components: Partial<MarkdownComponents> = { p: countingParagraph(counts) };
    const text = paragraphs.join('\n\n');
    const { rerender } = render(<StreamingMarkdown text={text} streaming components={components} />);
    const before = new Map(counts);
    rerender(<StreamingMarkdown text={`${text} More`} streaming components={components} />);
    rerender(<StreamingMarkdown text={`${text} More words`} streaming components={components} />);
    for (let i = 0; i < 49; i++) {
      const key = `Paragraph ${String(i).padStart(2, '0')}`;
      expect(counts.get(key), key).toBe(before.get(key));
    }
    expect(counts.get('Paragraph 49')).toBe((before.get('Paragraph 49') ?? 0) + 2);
  });

  it('keeps earlier blocks untouched with inline components and highlight props', () => {
    const counts = new Map<string, number>();
    const Paragraph = countingParagraph(counts);
    const text = paragraphs.join('\n\n');
    const view = (value: string) => (
      <StreamingMarkdown text={value} streaming components={{ p: Paragraph }} highlight={(code) => code} />
    );
    const { rerender } = render(view(text));
    rerender(view(`${text}!`));
    expect(counts.get('Paragraph 00')).toBe(1);
    expect(counts.get('Paragraph 49')).toBe(2);
  });

  it('finishes a block once the next one starts and never renders it again', () => {
    const counts = new Map<string, number>();
    const components: Partial<MarkdownComponents> = { p: countingParagraph(counts) };
    const text = paragraphs.slice(0, 3).join('\n\n');
    const { rerender } = render(<StreamingMarkdown text={text} streaming components={components} />);
    rerender(<StreamingMarkdown text={`${text}\n\nNext block`} streaming components={components} />);
    const afterSplit = counts.get('Paragraph 02');
    rerender(<StreamingMarkdown text={`${text}\n\nNext block grows`} streaming components={components} />);
    rerender(<StreamingMarkdown text={`${text}\n\nNext block grows more`} streaming components={components} />);
    expect(counts.get('Paragraph 02')).toBe(afterSplit);
    expect(counts.get('Paragraph 00')).toBe(1);
    expect(counts.get('Next block g')).toBe(2);
  });
});
