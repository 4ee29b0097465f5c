// marked keeps `&amp;`, `&#169;` and friends verbatim in its tokens because its own renderer
// emits HTML and lets the browser decode them; React renders text nodes, so they are decoded here.
// The full HTML table has 2,000+ names; models use a handful, so only those are known and any
// other name is left as typed, which is what a reader would see in the source anyway.
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', micro: 'µ',
  middot: '·', bull: '•', hellip: '…', para: '¶', sect: '§', laquo: '«', raquo: '»',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', lArr: '⇐', rArr: '⇒', hArr: '⇔',
  le: '≤', ge: '≥', ne: '≠', asymp: '≈', equiv: '≡', infin: '∞', minus: '−', sum: '∑', radic: '√',
  euro: '€', pound: '£', yen: '¥', cent: '¢', check: '✓', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200C', zwj: '\u200D', Tab: '\t', NewLine: '\n', colon: ':',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\dA-Fa-f]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;

function fromCodePoint(codePoint: number): string {
  // CommonMark maps NUL, surrogates and out-of-range values to the replacement character.
  const invalid = codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff);
  return String.fromCodePoint(invalid ? 0xfffd : codePoint);
}

/**
 * Decodes HTML character references in markdown text the way CommonMark asks: every decimal
 * (`&#123;`) and hexadecimal (`&#x1F600;`) reference, and the common named ones (`&amp;`, `&nbsp;`,
 * `&mdash;`…). Unknown names stay literal. The result is plain text for a React text node or for
 * {@link sanitizeUrl}; it is never meant to be parsed as HTML.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return (name !== undefined && Object.hasOwn(NAMED, name) ? NAMED[name] : undefined) ?? match;
  });
}
