import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { StreamingMarkdown } from '../../src/headless';
import type { HighlightToken, MarkdownHighlighter, StreamingMarkdownProps } from '../../src/headless';
import { CODE_ANSWER, HOSTILE_ANSWER, MARKDOWN_ANSWER } from '../support/sampleAnswers';
import '../support/stories.css';

const meta = {
  title: 'Headless/StreamingMarkdown',
  component: StreamingMarkdown,
  parameters: {
    docs: {
      description: {
        component:
          'Renders GitHub-flavoured markdown while it streams, built with React elements only: raw HTML shows as ' +
          'text, links keep only `http(s):` and `mailto:`, images become links unless the app opts in. Finished ' +
          'blocks are memoised; unclosed markers in the last block are repaired for display. Edit `text` in the controls.',
      },
    },
  },
  args: { streaming: false, className: 'sb-md-box' },
  argTypes: { text: { control: 'text' }, streaming: { control: 'boolean' } },
} satisfies Meta<typeof StreamingMarkdown>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Headings, emphasis, an ordered list, a table with alignment, a task list, a quote and a link. */
export const Markdown: Story = {
  args: { text: MARKDOWN_ANSWER },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'project README' })).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** Fenced code blocks with a language label and a copy button; inline code stays inline. */
export const CodeBlocks: Story = {
  args: { text: CODE_ANSWER },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-md="code-block"]')).toHaveLength(2);
    await expect(within(canvasElement).getAllByRole('button', { name: 'Copy code' })).toHaveLength(2);
  },
};

/** Raw HTML and `javascript:`/`data:` links from the model: shown as text, never run, never linked. */
export const HostileHtmlAsText: Story = {
  name: 'Hostile HTML as text',
  args: { text: HOSTILE_ANSWER },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('script, img, iframe')).toBeNull();
    await expect(canvas.getByText(/<script>alert\("xss"\)<\/script>/)).toBeInTheDocument();
    await expect(canvas.getByText(/<img src="x" onerror=/)).toBeInTheDocument();
    // Only the https link is a link; the two others are plain text.
    await expect(canvas.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['https://example.com/']);
    await expect(canvas.getByText('javascript link')).toHaveAttribute('data-md', 'blocked-link');
  },
};

/** A snapshot mid-stream: the unclosed `**`, backtick and half-received link are repaired for display. */
export const UnclosedWhileStreaming: Story = {
  args: { text: 'Streaming **bold text that has not closed yet, `code that is still open and a [link in progr', streaming: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).not.toHaveTextContent('**');
    await expect(canvasElement.querySelector('strong')).not.toBeNull();
  },
};

const KEYWORDS = /\b(import|export|from|function|return|const|let|await|async|new)\b/;
const TOKEN = /(\/\/.*$)|('[^']*'|"[^"]*")|\b(import|export|from|function|return|const|let|await|async|new)\b/g;

/** A toy class-based highlighter (keywords, strings, comments); a real app plugs in shiki or Prism. */
const toyHighlighter: MarkdownHighlighter = (code) =>
  code.split('\n').map((line) => {
    const tokens: HighlightToken[] = [];
    let at = 0;
    for (const match of line.matchAll(TOKEN)) {
      if (match.index > at) tokens.push({ content: line.slice(at, match.index) });
      const className = match[1] ? 'tok-comment' : match[2] ? 'tok-string' : KEYWORDS.test(match[0]) ? 'tok-keyword' : undefined;
      tokens.push({ content: match[0], className });
      at = match.index + match[0].length;
    }
    if (at < line.length) tokens.push({ content: line.slice(at) });
    return tokens;
  });

/** Opt-in highlighting through `highlight`, applied once a block is complete. */
export const Highlighted: Story = {
  args: { text: CODE_ANSWER, highlight: toyHighlighter },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-highlighted="true"]')).toHaveLength(2));
    await expect(canvasElement.querySelector('.tok-keyword')).toHaveTextContent('import');
  },
};

/** Feeds `text` a few characters at a time, as a stream would, then marks it finished. */
function TypewriterMarkdown({ text, ...rest }: StreamingMarkdownProps) {
  const [length, setLength] = useState(0);
  useEffect(() => {
    setLength(0);
    const timer = setInterval(() => setLength((current) => Math.min(text.length, current + 6)), 20);
    return () => clearInterval(timer);
  }, [text]);
  return <StreamingMarkdown {...rest} text={text.slice(0, length)} streaming={length < text.length} />;
}

/** The code answer typed out live: code blocks grow as plain text and get their toolbar at once. */
export const Typewriter: Story = {
  args: { text: CODE_ANSWER },
  render: (args) => <TypewriterMarkdown {...args} />,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-md="root"]');
    // Caught mid-stream: the first block is growing while the markdown is still marked streaming.
    await waitFor(() => expect(root?.querySelector('[data-md="code-block"][data-complete="false"]')).not.toBeNull());
    await expect(root).toHaveAttribute('data-streaming', 'true');
    await waitFor(() => expect(root).toHaveAttribute('data-streaming', 'false'), { timeout: 5000 });
    await expect(canvasElement.querySelectorAll('[data-md="code-block"]')).toHaveLength(2);
  },
};
