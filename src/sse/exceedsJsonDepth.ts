/**
 * The deepest nesting of arrays and objects a frame may have. Far beyond any real answer, and shallow
 * enough that whatever walks the message recursively (`JSON.stringify`, `structuredClone`, a renderer)
 * cannot overflow the stack: V8's `JSON.parse` is iterative and accepts 100,000 levels, which its
 * `JSON.stringify` then cannot write back.
 */
export const MAX_JSON_DEPTH = 512;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;

/**
 * Whether the JSON `text` (valid JSON: every container it opens it closes) nests arrays and objects
 * deeper than `maxDepth`. Linear, allocation-free, and skipped outright for text too short to nest that
 * deep, so the per-token frames pay one length comparison.
 */
export function exceedsJsonDepth(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  if (text.length <= 2 * maxDepth) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > maxDepth) return true;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
  return false;
}
