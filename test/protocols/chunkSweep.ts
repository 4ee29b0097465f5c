import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { splitAt } from '../core/decodeBytes';

/**
 * The chunk-boundary sweeps the protocol tests share: which cuts to make in a recorded body, and the
 * check that each cut body decodes to the reference.
 */

/**
 * Asserts `actual` deep-equals `reference`. The cheap structural check runs first because this is
 * called thousands of times per fixture; `toStrictEqual` only runs to report a difference.
 */
export function expectSameDecode<T>(actual: T, reference: T, label: string): void {
  if (!isDeepStrictEqual(actual, reference)) expect(actual, label).toStrictEqual(reference);
}

/** Byte offsets where each frame starts: 0, and just after every blank line ("\n\n"). */
export function frameStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 1; i < bytes.length; i++) if (bytes[i] === 10 && bytes[i - 1] === 10 && i + 1 < bytes.length) starts.push(i + 1);
  return starts;
}

/**
 * The body split in two at each of `offsets` (by default every offset, 0 and the length included,
 * which push an empty chunk).
 */
export function* everyOffsetSplits(
  bytes: Uint8Array,
  offsets: Iterable<number> = Array.from({ length: bytes.length + 1 }, (_, offset) => offset),
): Generator<{ offset: number; chunks: Uint8Array[] }> {
  for (const offset of offsets) yield { offset, chunks: [bytes.subarray(0, offset), bytes.subarray(offset)] };
}

/**
 * Run r cuts every frame at its r-th byte. Cuts in different frames are separated by a complete blank
 * line, after which the parser holds no partial line or character, so each run checks all its cuts at
 * once; together the runs make every offset of the body a chunk boundary. Once the runs are used up
 * this asserts that every offset but the frame starts themselves (the cuts of run 0, a no-op) was cut.
 */
export function* multiSplitRuns(bytes: Uint8Array): Generator<{ run: number; cuts: number[]; chunks: Uint8Array[] }> {
  const starts = frameStarts(bytes);
  const ends = [...starts.slice(1), bytes.length];
  const longest = Math.max(...starts.map((start, i) => (ends[i] ?? start) - start));
  let covered = 0;
  for (let run = 1; run < longest; run++) {
    const cuts = starts.map((start) => start + run).filter((cut, i) => cut < (ends[i] ?? 0));
    covered += cuts.length;
    yield { run, cuts, chunks: splitAt(bytes, cuts) };
  }
  expect(covered, 'offsets cut by the multi-split runs').toBe(bytes.length - starts.length);
}

/** The body as one chunk per byte. */
export function oneBytePerChunk(bytes: Uint8Array): Uint8Array[] {
  return Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
}

/** The body cut at arbitrary numbers (as fast-check makes them), taken modulo the length + 1, sorted, deduplicated. */
export function randomCuts(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  return splitAt(bytes, [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b));
}
