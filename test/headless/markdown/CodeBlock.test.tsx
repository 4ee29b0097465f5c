import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { StreamingMarkdown, type MarkdownHighlighter } from '../../../src/headless/markdown';

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  writeText.mockReset();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('code block copy button', () => {
  it('copies the code and reports it through data-state for about two seconds', async () => {
    vi.useFakeTimers();
    writeText.mockResolvedValue(undefined);
    const { getByRole } = render(<StreamingMarkdown text={'```sh\nnpm test\n```'} />);
    const button = getByRole('button', { name: 'Copy code' });
    expect(button.getAttribute('data-state')).toBe('idle');
    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).toHaveBeenCalledWith('npm test');
    expect(button.getAttribute('data-state')).toBe('copied');
    act(() => vi.advanceTimersByTime(1900));
    expect(button.getAttribute('data-state')).toBe('copied');
    act(() => vi.advanceTimersByTime(200));
    expect(button.getAttribute('data-state')).toBe('idle');
  });

  it('reports a refused clipboard as failed', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    const { getByRole } = render(<StreamingMarkdown text={'```\nx\n```'} />);
    const button = getByRole('button', { name: 'Copy code' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(button.getAttribute('data-state')).toBe('failed');
  });

  it('reports a missing clipboard API as failed', () => {
    Reflect.deleteProperty(navigator, 'clipboard');
    const { getByRole } = render(<StreamingMarkdown text={'```\nx\n```'} />);
    const button = getByRole('button', { name: 'Copy code' });
    fireEvent.click(button);
    expect(button.getAttribute('data-state')).toBe('failed');
  });
});

describe('code block highlighting', () => {
  const tokenHighlighter: MarkdownHighlighter = (code, language) => [
    [{ content: `${language}:`, className: 'tok-lang' }, { content: code }],
  ];

  it('highlights complete code blocks only, leaving a still-streaming one as plain text', async () => {
    const highlight = vi.fn(tokenHighlighter);
    const text = '```js\nlet a;\n```\n\nThen:\n\n```py\nx = 1';
    const { container, rerender } = render(<StreamingMarkdown text={text} streaming highlight={highlight} />);
    const [first, second] = [...container.querySelectorAll('[data-md="code"]')];
    await waitFor(() => expect(first?.getAttribute('data-highlighted')).toBe('true'));
    expect(first?.querySelector('span[data-md="code-token"].tok-lang')?.textContent).toBe('js:');
    expect(first?.textContent).toBe('js:let a;');
    expect(second?.hasAttribute('data-highlighted')).toBe(false);
    expect(second?.textContent).toBe('x = 1');
    expect(highlight.mock.calls).toEqual([['let a;', 'js']]);

    rerender(<StreamingMarkdown text={`${text}\ny = 2`} streaming highlight={highlight} />);
    rerender(<StreamingMarkdown text={`${text}\ny = 2\n`} streaming={false} highlight={highlight} />);
    await waitFor(() => expect(container.querySelectorAll('[data-highlighted="true"]')).toHaveLength(2));
    expect(highlight.mock.calls).toEqual([['let a;', 'js'], ['x = 1\ny = 2', 'py']]);
  });

  it('highlights a fenced block as soon as its closing fence arrives', async () => {
    const highlight = vi.fn(tokenHighlighter);
    const { container, rerender } = render(<StreamingMarkdown text={'```ts\nconst a = 1;'} streaming highlight={highlight} />);
    expect(container.querySelector('[data-md="code-block"]')?.getAttribute('data-complete')).toBe('false');
    rerender(<StreamingMarkdown text={'```ts\nconst a = 1;\n```'} streaming highlight={highlight} />);
    await waitFor(() => expect(container.querySelector('[data-highlighted="true"]')).not.toBeNull());
    expect(highlight).toHaveBeenCalledTimes(1);
    expect(highlight).toHaveBeenCalledWith('const a = 1;', 'ts');
  });

  it('accepts an asynchronous highlighter returning React nodes', async () => {
    const highlight: MarkdownHighlighter = async (code) => <mark>{code.toUpperCase()}</mark>;
    const { container } = render(<StreamingMarkdown text={'```\nabc\n```'} highlight={highlight} />);
    await waitFor(() => expect(container.querySelector('code mark')?.textContent).toBe('ABC'));
  });

  it('shows an HTML string from a highlighter as text', async () => {
    const highlight: MarkdownHighlighter = () => '<img src=x onerror=alert(1)>';
    const { container } = render(<StreamingMarkdown text={'```\nabc\n```'} highlight={highlight} />);
    await waitFor(() => expect(container.querySelector('[data-highlighted="true"]')).not.toBeNull());
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('code')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps the plain code when the highlighter throws or rejects', async () => {
    const throwing = vi.fn<MarkdownHighlighter>(() => {
      throw new Error('no grammar');
    });
    const rejecting = vi.fn<MarkdownHighlighter>(() => Promise.reject(new Error('load failed')));
    const first = render(<StreamingMarkdown text={'```\none\n```'} highlight={throwing} />);
    const second = render(<StreamingMarkdown text={'```\ntwo\n```'} highlight={rejecting} />);
    await waitFor(() => expect(throwing).toHaveBeenCalled());
    await waitFor(() => expect(rejecting).toHaveBeenCalled());
    await act(async () => {
      await Promise.resolve();
    });
    expect(first.container.querySelector('code')?.textContent).toBe('one');
    expect(second.container.querySelector('code')?.textContent).toBe('two');
    expect(first.container.querySelector('[data-highlighted]')).toBeNull();
  });

  it('does not highlight a finished block again while later text streams in', async () => {
    const highlight = vi.fn(tokenHighlighter);
    const text = '```js\nlet a;\n```\n\nAfter';
    const { container, rerender } = render(<StreamingMarkdown text={text} streaming highlight={highlight} />);
    await waitFor(() => expect(container.querySelector('[data-highlighted="true"]')).not.toBeNull());
    for (const more of [' the', ' code', ' block.']) {
      rerender(<StreamingMarkdown text={`${text}${more}`} streaming highlight={(code, lang) => highlight(code, lang)} />);
    }
    expect(highlight).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[data-highlighted="true"]')).not.toBeNull();
  });
});
