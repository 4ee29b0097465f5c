import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { StreamingMarkdown } from '../../../src/headless/markdown';

afterEach(cleanup);

function renderMarkdown(text: string, streaming = false): HTMLElement {
  const { container } = render(<StreamingMarkdown text={text} streaming={streaming} />);
  const root = container.firstElementChild;
  if (!(root instanceof HTMLElement)) throw new Error('no root element');
  return root;
}

describe('StreamingMarkdown GFM rendering', () => {
  it('renders headings of every level with the heading hook', () => {
    const root = renderMarkdown('# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six');
    const headings = [...root.querySelectorAll('[data-md="heading"]')].map((h) => [h.tagName, h.textContent]);
    expect(headings).toEqual([
      ['H1', 'One'], ['H2', 'Two'], ['H3', 'Three'], ['H4', 'Four'], ['H5', 'Five'], ['H6', 'Six'],
    ]);
  });

  it('renders paragraphs with emphasis, strong, strikethrough and inline code', () => {
    const root = renderMarkdown('Some *em*, **strong**, ~~gone~~ and `x < y`.\n\nSecond paragraph.');
    const paragraphs = root.querySelectorAll('p[data-md="paragraph"]');
    expect(paragraphs).toHaveLength(2);
    expect(root.querySelector('em')?.textContent).toBe('em');
    expect(root.querySelector('strong')?.textContent).toBe('strong');
    expect(root.querySelector('del')?.textContent).toBe('gone');
    const code = root.querySelector('code[data-md="inline-code"]');
    expect(code?.textContent).toBe('x < y');
    expect(paragraphs[1]?.textContent).toBe('Second paragraph.');
  });

  it('decodes character references in text but not in code', () => {
    const root = renderMarkdown('AT&amp;T &copy; &#169; &#x1F600; &unknown; `&amp;`');
    expect(root.querySelector('p')?.textContent).toBe('AT&T © © 😀 &unknown; &amp;');
  });

  it('renders fenced code with its language, a copy button and the code as text', () => {
    const root = renderMarkdown('```ts title="x"\nconst a = "<b>";\n```');
    const block = root.querySelector('[data-md="code-block"]');
    expect(block?.getAttribute('data-language')).toBe('ts');
    expect(block?.querySelector('pre > code[data-md="code"]')?.textContent).toBe('const a = "<b>";');
    expect(block?.querySelector('button[aria-label="Copy code"]')).not.toBeNull();
    expect(block?.querySelector('b')).toBeNull();
  });

  it('renders indented code blocks', () => {
    const root = renderMarkdown('    let x = 1;\n    x++;');
    expect(root.querySelector('[data-md="code"]')?.textContent).toBe('let x = 1;\nx++;');
    expect(root.querySelector('[data-md="code-block"]')?.hasAttribute('data-language')).toBe(false);
  });

  it('renders unordered, ordered (with start) and nested lists', () => {
    const root = renderMarkdown('- a\n- b\n  - nested\n\n3. three\n4. four');
    const ul = root.querySelector('ul[data-md="list"]');
    expect(ul?.children).toHaveLength(2);
    expect(ul?.querySelector(':scope li ul li')?.textContent).toBe('nested');
    const ol = root.querySelector('ol');
    expect(ol?.getAttribute('start')).toBe('3');
    expect([...(ol?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(['three', 'four']);
  });

  it('omits start on an ordered list starting at 1 and marks loose lists', () => {
    const root = renderMarkdown('1. a\n\n2. b');
    const ol = root.querySelector('ol');
    expect(ol?.hasAttribute('start')).toBe(false);
    expect(ol?.getAttribute('data-loose')).toBe('true');
    expect(ol?.querySelectorAll('li > p')).toHaveLength(2);
  });

  it('renders task lists as disabled checkboxes', () => {
    const root = renderMarkdown('- [ ] todo\n- [x] done');
    const boxes = [...root.querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
    expect(boxes.map((box) => [box.checked, box.disabled])).toEqual([[false, true], [true, true]]);
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('data-task'))).toEqual(['unchecked', 'checked']);
    expect(items.map((li) => li.textContent?.trim())).toEqual(['todo', 'done']);
  });

  it('renders blockquotes containing blocks', () => {
    const root = renderMarkdown('> quoted **text**\n>\n> - item');
    const quote = root.querySelector('blockquote[data-md="blockquote"]');
    expect(quote?.querySelector('p strong')?.textContent).toBe('text');
    expect(quote?.querySelector('li')?.textContent).toBe('item');
  });

  it('renders tables with header cells and alignment hooks', () => {
    const root = renderMarkdown('| L | C | R | N |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |');
    const heads = [...root.querySelectorAll('thead th')];
    expect(heads.map((th) => [th.textContent, th.getAttribute('data-align'), th.getAttribute('scope')])).toEqual([
      ['L', 'left', 'col'], ['C', 'center', 'col'], ['R', 'right', 'col'], ['N', null, 'col'],
    ]);
    const cells = [...root.querySelectorAll('tbody td')];
    expect(cells.map((td) => [td.textContent, td.getAttribute('data-align')])).toEqual([
      ['1', 'left'], ['2', 'center'], ['3', 'right'], ['4', null],
    ]);
  });

  it('renders thematic breaks and hard line breaks', () => {
    const root = renderMarkdown('above\n\n---\n\nline one  \nline two\\\nline three');
    expect(root.querySelector('hr[data-md="hr"]')).not.toBeNull();
    expect(root.querySelectorAll('p br')).toHaveLength(2);
  });

  it('renders links and GFM autolinks opening in a new tab', () => {
    const root = renderMarkdown('[docs](https://example.com/docs "The docs"), <https://a.example> and www.b.example and me@c.example');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/docs', 'https://a.example/', 'http://www.b.example/', 'mailto:me@c.example',
    ]);
    expect(links[0]?.getAttribute('title')).toBe('The docs');
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('renders images as links labelled with their alt text, not as img elements', () => {
    const root = renderMarkdown('![a chart](https://example.com/chart.png)');
    expect(root.querySelector('img')).toBeNull();
    const link = root.querySelector('a[data-md="image-link"]');
    expect(link?.getAttribute('href')).toBe('https://example.com/chart.png');
    expect(link?.textContent).toBe('a chart');
  });

  it('loads images only when the app supplies an img component', () => {
    const { container } = render(
      <StreamingMarkdown text="![a chart](https://example.com/chart.png)" components={{ img: (props) => <img {...props} /> }} />,
    );
    const img = container.querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://example.com/chart.png');
    expect(img?.getAttribute('alt')).toBe('a chart');
  });

  it('resolves reference links whose definition comes later', () => {
    const root = renderMarkdown('See [the docs][d].\n\nMore text.\n\n[d]: https://example.com/d');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.com/d');
    expect(root.textContent).not.toContain('[d]:');
  });

  it('forwards the ref, spreads props on the root and applies component overrides', () => {
    let rootRef: HTMLDivElement | null = null;
    const { container } = render(
      <StreamingMarkdown
        ref={(node) => { rootRef = node; }}
        text="Hello [x](https://x.example)"
        className="prose"
        id="answer"
        components={{ a: (props) => <a {...props} data-custom="yes" />, p: (props) => <p {...props} data-custom="p" /> }}
      />,
    );
    const root = container.firstElementChild;
    expect(rootRef).toBe(root);
    expect(root?.getAttribute('class')).toBe('prose');
    expect(root?.getAttribute('id')).toBe('answer');
    expect(root?.getAttribute('data-md')).toBe('root');
    expect(root?.getAttribute('data-streaming')).toBe('false');
    expect(root?.querySelector('p[data-custom="p"] a[data-custom="yes"]')?.getAttribute('href')).toBe('https://x.example/');
  });

  it('emits no inline styles', () => {
    const root = renderMarkdown('# T\n\n| a |\n|:-:|\n| b |\n\n```js\nx\n```\n\n- [x] y');
    expect(root.querySelectorAll('[style]')).toHaveLength(0);
  });
});

describe('StreamingMarkdown keyboard reachability', () => {
  const text = 'See [the docs](https://example.com/docs).\n\n- [x] done\n- [ ] open\n\n```js\nconst a = 1;\n```\n';

  it('keeps links and copy buttons out of the tab order while streaming, and restores them when settled', () => {
    const { container, rerender } = render(<StreamingMarkdown text={text} streaming />);
    const tabIndexes = () =>
      [...container.querySelectorAll<HTMLElement>('a[href], button')].map((element) => element.tabIndex);
    expect(tabIndexes()).toEqual([-1, -1]);
    rerender(<StreamingMarkdown text={text} streaming={false} />);
    expect(tabIndexes()).toEqual([0, 0]);
  });

  it('names task-list checkboxes, which are form controls', () => {
    const { container } = render(<StreamingMarkdown text={text} />);
    const labels = [...container.querySelectorAll('input[type="checkbox"]')].map((box) => box.getAttribute('aria-label'));
    expect(labels).toEqual(['Completed task', 'Open task']);
  });
});
