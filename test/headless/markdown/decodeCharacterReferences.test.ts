import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from '../../../src/headless/markdown/decodeCharacterReferences';

describe('decodeCharacterReferences', () => {
  it.each([
    ['AT&amp;T', 'AT&T'],
    ['&lt;b&gt; &quot;q&quot; &apos;a&apos;', '<b> "q" \'a\''],
    ['a&nbsp;b', 'a\u00A0b'],
    ['&#65;&#x42;&#X43;', 'ABC'],
    ['&#x1F600;', '😀'],
    ['&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
    ['java&#x09;script&colon;', 'java\tscript:'],
    ['&mdash; &hellip; &rarr;', '— … →'],
    ['&unknown; &amp &#; &#xZZ;', '&unknown; &amp &#; &#xZZ;'],
    ['no references here', 'no references here'],
  ])('decodes %j as %j', (input, expected) => {
    expect(decodeCharacterReferences(input)).toBe(expected);
  });

  it('ignores inherited object keys as entity names', () => {
    expect(decodeCharacterReferences('&constructor; &toString;')).toBe('&constructor; &toString;');
  });
});
