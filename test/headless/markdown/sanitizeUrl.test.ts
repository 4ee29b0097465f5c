import { describe, expect, it } from 'vitest';
import { sanitizeUrl } from '../../../src/headless/markdown/sanitizeUrl';

describe('sanitizeUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['http://example.com/a?b=c#d', 'http://example.com/a?b=c#d'],
    ['  HTTPS://Example.COM/a b  ', 'https://example.com/a%20b'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    ['MailTo:someone@example.com', 'mailto:someone@example.com'],
  ])('allows %j as %j', (input, expected) => {
    expect(sanitizeUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript\u0085:alert(1)',
    'https://example.com/\u0000',
    'java&#x09;script:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    '//evil.example/x',
    '/relative/path',
    'relative/path',
    '#fragment',
    '?query',
    'https://',
    'http://[not a host',
    'ｊavascript:alert(1)',
    '',
    '   ',
  ])('rejects %j', (input) => {
    expect(sanitizeUrl(input)).toBeNull();
  });

  it('rejects a non-string at runtime', () => {
    expect(sanitizeUrl(undefined as unknown as string)).toBeNull();
  });
});
