import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Message } from '../../src/headless';
import { MessageContext } from '../../src/headless/message/messageContext';
import type { ChatPart, FilePart, SourcePart } from '../../src/message';

afterEach(cleanup);

function renderPart(part: ChatPart): HTMLElement {
  render(
    <MessageContext.Provider value={{ id: 'a1', role: 'assistant', parts: [part], status: 'complete' }}>
      <Message.Parts data-testid="parts" />
    </MessageContext.Provider>,
  );
  return screen.getByTestId('parts').firstElementChild as HTMLElement;
}

const hostile = ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', '//evil.example/x', '/relative', 'data:text/html,<script>alert(1)</script>'];

describe('Message.Parts with addresses from model output', () => {
  it.each(hostile)('a file link to %j shows its name as text, with no link', (url) => {
    const part: FilePart = { type: 'file', mediaType: 'application/pdf', name: 'report.pdf', url };
    const element = renderPart(part);
    expect(element.querySelector('a, [href]')).toBeNull();
    expect(element.hasAttribute('data-blocked')).toBe(true);
    expect(element.textContent).toBe('report.pdf');
  });

  it.each(hostile)('an image at %j is not loaded', (url) => {
    const element = renderPart({ type: 'file', mediaType: 'image/png', url });
    expect(element.querySelector('img, [src]')).toBeNull();
    expect(element.hasAttribute('data-blocked')).toBe(true);
    expect(element.textContent).toBe('Image');
  });

  it.each(hostile)('a source at %j is cited as text, with no link', (url) => {
    const part: SourcePart = { type: 'source', sourceType: 'url', url, title: 'Totally safe' };
    const element = renderPart(part);
    expect(element.querySelector('a, [href]')).toBeNull();
    expect(element.hasAttribute('data-blocked')).toBe(true);
    expect(element.querySelector('cite')?.textContent).toBe('Totally safe');
  });

  it('never links a non-image file through a data: URL, even a harmless-looking one', () => {
    const element = renderPart({ type: 'file', mediaType: 'text/plain', name: 'notes.txt', url: 'data:text/plain;base64,aGk=' });
    expect(element.querySelector('a')).toBeNull();
    expect(element.hasAttribute('data-blocked')).toBe(true);
  });

  it('shows inline image data as an image data: URL of its own type, and refuses a media type that would forge one', () => {
    const image = renderPart({ type: 'file', mediaType: 'image/png', data: 'iVBORw0KGgo=' });
    expect(image.querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    cleanup();
    const forged = renderPart({ type: 'file', mediaType: 'image/png,<svg onload=alert(1)>', data: 'AAAA' });
    expect(forged.querySelector('img')).toBeNull();
    expect(forged.getAttribute('data-kind')).toBe('link');
    expect(forged.hasAttribute('data-blocked')).toBe(true);
  });

  it('loads an image data: URL and links an https file, normalised by sanitizeUrl', () => {
    const image = renderPart({ type: 'file', mediaType: 'image/gif', url: 'data:image/gif;base64,R0lGOD==' });
    expect(image.querySelector('img')?.getAttribute('src')).toBe('data:image/gif;base64,R0lGOD==');
    cleanup();
    const file = renderPart({ type: 'file', mediaType: 'application/pdf', url: 'HTTPS://Files.example/a b.pdf' });
    const link = file.querySelector('a')!;
    expect([link.getAttribute('href'), link.getAttribute('rel'), link.textContent]).toEqual([
      'https://files.example/a%20b.pdf',
      'noopener noreferrer',
      'application/pdf',
    ]);
  });
});
