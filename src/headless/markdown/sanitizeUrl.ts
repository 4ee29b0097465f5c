/** Schemes a link from model output may use; everything else is shown as plain text. */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

// C0 controls, DEL and C1 controls. Browsers silently drop tabs and newlines inside URLs
// (`java\tscript:` runs as `javascript:`), so a URL carrying any of them is refused outright
// rather than normalised: no legitimate link needs one.
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

// The scheme must be spelled out at the very start. Anything without one (relative paths,
// `//host` protocol-relative URLs, `#fragment`s, `&#106;avascript:`-style entity tricks whose
// `&` is not a scheme character) is refused: it would resolve against the host app's origin,
// which model output has no business linking into.
const EXPLICIT_SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * Checks a link or image destination taken from untrusted text (for example an LLM's markdown)
 * and returns a URL that is safe to put in an `href`, or `null` when it must not become a link.
 *
 * Policy: only absolute `http:`, `https:` and `mailto:` URLs pass, compared case-insensitively
 * after trimming surrounding whitespace. Relative and protocol-relative URLs (`/x`, `//evil.com`,
 * `#top`), every other scheme (`javascript:`, `data:`, `vbscript:`, `file:`…) and any URL containing
 * control characters (`java\tscript:`) are rejected. Character references are NOT decoded here:
 * `java&#x09;script:` has no valid scheme and is therefore rejected as relative; callers that follow
 * CommonMark decode references first and pass the decoded string.
 *
 * The returned string is the WHATWG URL serialisation of the input, so the value emitted is exactly
 * the value that was checked (`HTTPS://Example.com/a b` becomes `https://example.com/a%20b`). It is
 * meant for DOM/React attributes; code that builds HTML strings must still attribute-escape it.
 *
 * @example
 * sanitizeUrl('https://example.com') // 'https://example.com/'
 * sanitizeUrl(' JAVASCRIPT:alert(1)') // null
 * sanitizeUrl('//evil.example/x') // null
 */
export function sanitizeUrl(href: string): string | null {
  if (typeof href !== 'string') return null;
  const candidate = href.trim();
  if (candidate === '' || hasControlCharacter(candidate)) return null;
  const scheme = EXPLICIT_SCHEME.exec(candidate)?.[1];
  if (scheme === undefined || !ALLOWED_PROTOCOLS.has(`${scheme.toLowerCase()}:`)) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  // The parser is the browser's own reading of the string, so it has the final word on the scheme.
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null;
}
