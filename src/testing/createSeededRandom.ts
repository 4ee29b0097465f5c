/** A generator of numbers in `[0, 1)`. */
export type SeededRandom = () => number;

/**
 * A small deterministic generator (the mulberry32 algorithm): the same seed gives the same sequence on
 * every engine, which `Math.random` cannot, so that mock streams are reproducible byte for byte.
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` random alphanumeric characters, for ids such as `call_…`. */
export function randomId(random: SeededRandom, length: number): string {
  let id = '';
  for (let i = 0; i < length; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return id;
}
