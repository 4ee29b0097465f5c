import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/sse/parseRetryAfter';

const now = Date.parse('2025-01-01T00:00:00Z');
const after = (headers: Record<string, string>): number | undefined => parseRetryAfter(new Headers(headers), now);

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(after({ 'retry-after': '0' })).toBe(0);
    expect(after({ 'retry-after': ' 7 ' })).toBe(7000);
  });

  it('reads an HTTP-date relative to now, a past date meaning now', () => {
    expect(after({ 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' })).toBe(30_000);
    expect(after({ 'retry-after': 'Tue, 31 Dec 2024 23:00:00 GMT' })).toBe(0);
  });

  it('prefers retry-after-ms, rounding up', () => {
    expect(after({ 'retry-after-ms': '12.2', 'retry-after': '5' })).toBe(13);
  });

  it('ignores absent and malformed values', () => {
    expect(after({})).toBeUndefined();
    expect(after({ 'retry-after': 'soon' })).toBeUndefined();
    expect(after({ 'retry-after': '-3' })).toBeUndefined();
    expect(after({ 'retry-after': '1.5' })).toBeUndefined();
    expect(after({ 'retry-after': 'Sunday, 01-Jan-25 00:00:10 GMT' })).toBe(10_000);
    expect(after({ 'retry-after-ms': 'x', 'retry-after': '2' })).toBe(2000);
  });
});
