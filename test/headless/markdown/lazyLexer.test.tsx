import { act, cleanup, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The chunk StreamingMarkdown loads on demand: marked and the block cache built on it.
const LEXER = '../../../src/headless/markdown/createMarkdownBlockCache';

const TEXT = '# Title\n\n<img src=x onerror="alert(1)"> **bold** <script>alert(2)</script>\n  indented  twice\n\n\n- item\r\n- [link](javascript:alert(3))';
const PLAIN = ['# Title', '<img src=x onerror="alert(1)"> **bold** <script>alert(2)</script>\n  indented  twice', '- item\n- [link](javascript:alert(3))'];

// The setup file preloads the lexer for every other test; a fresh module graph starts without it.
beforeEach(() => void vi.resetModules());
afterEach(() => {
  cleanup();
  vi.doUnmock(LEXER);
});

const freshMarkdown = () => import('../../../src/headless/markdown');

// The chunk, held back until `release`; `requests` counts the loads asked for.
function holdLexer(): { release: () => void; requests: () => number } {
  let release!: () => void;
  let requests = 0;
  const gate = new Promise<void>((resolve) => (release = resolve));
  vi.doMock(LEXER, async (importOriginal) => {
    requests++;
    await gate;
    return importOriginal();
  });
  return { release, requests: () => requests };
}

const plainParagraphs = (root: ParentNode) => [...root.querySelectorAll('p[data-plain="true"]')].map((p) => p.textContent);

describe('StreamingMarkdown before its lexer has loaded', () => {
  it('shows the text as plain paragraphs, never as HTML, then re-renders it as markdown', async () => {
    const { release } = holdLexer();
    const { StreamingMarkdown, preloadMarkdown } = await freshMarkdown();
    const { container } = render(<StreamingMarkdown text={TEXT} />);
    expect(plainParagraphs(container)).toEqual(PLAIN);
    expect(container.querySelector('p[data-plain]')?.getAttribute('style')).toContain('pre-wrap');
    expect(container.querySelectorAll('img, script, h1, strong, a, ul')).toHaveLength(0);

    release();
    await act(async () => void (await preloadMarkdown()));
    expect(plainParagraphs(container)).toEqual([]);
    expect(container.querySelector('h1')?.textContent).toBe('Title');
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
  });

  it('requests the load on mount, and a message streaming meanwhile continues as markdown', async () => {
    const { release, requests } = holdLexer();
    const { StreamingMarkdown, preloadMarkdown } = await freshMarkdown();
    const { container, rerender } = render(<StreamingMarkdown text="Some **bo" streaming />);
    expect(plainParagraphs(container)).toEqual(['Some **bo']);
    rerender(<StreamingMarkdown text={"Some **bold** text\n\nNext"} streaming />);
    expect(plainParagraphs(container)).toEqual(['Some **bold** text', 'Next']);

    // The mount asked for the chunk, once; preloading later joins that load.
    await vi.waitFor(() => expect(requests()).toBe(1));
    release();
    await act(async () => void (await preloadMarkdown()));
    expect(requests()).toBe(1);
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    rerender(<StreamingMarkdown text={'Some **bold** text\n\nNext *one*'} />);
    expect(container.querySelector('em')?.textContent).toBe('one');
  });

  it('renders plain text on the server and hydrates it without a mismatch, then shows markdown', async () => {
    const { StreamingMarkdown, preloadMarkdown } = await freshMarkdown();
    // The page already has the lexer when it hydrates (an app that preloads it).
    expect(await preloadMarkdown()).toBe(true);
    const app = <StreamingMarkdown text={TEXT} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.appendChild(container);
    expect(plainParagraphs(container)).toEqual(PLAIN);
    expect(container.querySelector('h1')).toBeNull();

    const recoverable = vi.fn();
    await act(async () => void hydrateRoot(container, app, { onRecoverableError: recoverable }));
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelector('h1')?.textContent).toBe('Title');
    expect(plainParagraphs(container)).toEqual([]);
    container.remove();
  });

  it('keeps the plain text when the chunk fails to load, and tries again on the next mount', async () => {
    vi.doMock(LEXER, () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { StreamingMarkdown, preloadMarkdown } = await freshMarkdown();
    const first = render(<StreamingMarkdown text="Hello **world**" />);
    await act(async () => expect(await preloadMarkdown()).toBe(false));
    expect(plainParagraphs(first.container)).toEqual(['Hello **world**']);
    first.unmount();

    // The chunk is back (a retry after a network blip): the next mount asks for it again by itself.
    const { release, requests } = holdLexer();
    release();
    const second = render(<StreamingMarkdown text="Hello **world**" />);
    await vi.waitFor(() => expect(requests()).toBe(1));
    await act(async () => expect(await preloadMarkdown()).toBe(true));
    expect(second.container.querySelector('strong')?.textContent).toBe('world');
  });
});
