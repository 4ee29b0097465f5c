import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSS_LABEL, ensureDist, measureBundle, measureStylesheet, SIZE_ENTRIES, type BundleSize } from '../../bench/size';

interface SizeBudget {
  initial: Record<string, number>;
  onDemand: Record<string, number>;
}

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as SizeBudget;
const labels = [...new Set([...Object.keys(budget.initial), ...Object.keys(budget.onDemand)])];
const sizes = new Map<string, BundleSize>();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

beforeAll(async () => {
  // `npm test` builds dist/ first; run alone on a fresh clone, this builds it.
  ensureDist();
  for (const label of labels) {
    const contents = SIZE_ENTRIES.find(([name]) => name === label)?.[1];
    if (label === CSS_LABEL) sizes.set(label, await measureStylesheet());
    else if (contents !== undefined) sizes.set(label, await measureBundle(contents));
  }
}, 300_000);

describe('bundle sizes stay within size-budget.json (min+gzip, production build)', () => {
  it('names only entries that bench/size.ts measures', () => {
    expect(labels.filter((label) => !sizes.has(label))).toEqual([]);
  });

  it.each(Object.entries(budget.initial))('%s loads at most %s KB up front', (label, limit) => {
    const size = sizes.get(label)!.gzipped;
    expect(size, `${label} loads ${kb(size)} up front, over its budget of ${limit} KB`).toBeLessThanOrEqual(limit * 1024);
  });

  it.each(Object.entries(budget.onDemand))('%s loads at most %s KB on demand', (label, limit) => {
    const size = sizes.get(label)!.lazyGzipped;
    expect(size, `${label} loads ${kb(size)} on demand, over its budget of ${limit} KB`).toBeLessThanOrEqual(limit * 1024);
  });
});
