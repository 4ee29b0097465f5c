import type { SeededRandom } from './createSeededRandom';

// A run of word characters, or of up to 3 other visible characters, each with the whitespace before it;
// or trailing whitespace. Every character belongs to exactly one match, so the tokens join back to the text.
const TOKEN = /\s*[\p{L}\p{N}\p{M}_'’]+|\s*[^\s\p{L}\p{N}\p{M}_'’]{1,3}|\s+/gu;

/** Words longer than this are split, roughly as a BPE tokenizer splits rare words. */
const MAX_WORD = 7;
const MIN_PIECE = 2;
const MAX_PIECE = 6;

/**
 * Splits `text` into word-ish tokens like an LLM streams them: whitespace stays attached to the start
 * of the following token (`"Hello"`, `" world"`, `"!"`), punctuation comes in short runs, and long words
 * are cut into pieces of random length drawn from `random`. Deterministic for a given generator state;
 * `tokens.join('') === text` always holds.
 */
export function tokenizeMockText(text: string, random: SeededRandom): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const body = token.trimStart();
    // Code points, not code units: a piece must never end inside a surrogate pair.
    const chars = Array.from(body);
    if (chars.length <= MAX_WORD) {
      tokens.push(token);
      continue;
    }
    let piece = token.slice(0, token.length - body.length);
    let at = 0;
    while (at < chars.length) {
      const size = MIN_PIECE + Math.floor(random() * (MAX_PIECE - MIN_PIECE + 1));
      piece += chars.slice(at, at + size).join('');
      at += size;
      tokens.push(piece);
      piece = '';
    }
  }
  return tokens;
}
