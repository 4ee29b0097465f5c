import { describe, expect, it } from 'vitest';
import { formatToolValue } from '../../src/headless';

/** `{ a: { a: … } }`, `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = {};
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

describe('formatToolValue', () => {
  it('prints ordinary values as JSON.stringify does with an indent of 2', () => {
    const values: unknown[] = [
      { city: 'Paris', days: [1, 2, { hot: true }], none: null, skip: undefined, empty: {}, list: [] },
      [1, 'two', null, undefined, () => 1],
      { when: new Date(0), nan: Number.NaN, text: 'quote " and \n newline' },
      42,
      true,
      null,
    ];
    for (const value of values) expect(formatToolValue(value)).toBe(JSON.stringify(value, null, 2));
    expect(formatToolValue('plain text')).toBe('plain text');
    expect(formatToolValue(undefined)).toBe('undefined');
  });

  it('prints 5,000 levels of nesting without overflowing the stack, cut at the depth limit', () => {
    const text = formatToolValue(nested(5000), { maxDepth: 8 });
    expect(text.match(/"a":/g)).toHaveLength(8);
    expect(text).toContain('{…}');
    expect(() => formatToolValue(nested(100_000))).not.toThrow();
    const array: unknown[] = [];
    let inner = array;
    for (let level = 0; level < 5000; level++) inner.push((inner = []));
    expect(formatToolValue(array, { maxDepth: 3 })).toBe('[\n  [\n    [\n      […]\n    ]\n  ]\n]');
  });

  it('stops at the length limit with an ellipsis, however large the value', () => {
    const huge = Array.from({ length: 200_000 }, (_, index) => ({ index, text: 'x'.repeat(20) }));
    const text = formatToolValue(huge, { maxLength: 1000 });
    expect(text.length).toBeLessThanOrEqual(1002);
    expect(text.endsWith('…')).toBe(true);
    expect(text.startsWith('[\n  {\n    "index": 0,')).toBe(true);
    const long = formatToolValue('y'.repeat(5000), { maxLength: 100 });
    expect(long).toBe(`${'y'.repeat(100)}…`);
  });

  it('shows cycles, BigInts and throwing getters instead of throwing', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(formatToolValue(cyclic)).toBe('{\n  "name": "loop",\n  "self": [Circular]\n}');
    expect(formatToolValue({ big: 10n })).toBe('{\n  "big": 10n\n}');
    const hostile = {
      get boom(): never {
        throw new Error('nope');
      },
    };
    expect(() => formatToolValue(hostile)).not.toThrow();
    expect(formatToolValue({ toJSON: () => ({ via: 'toJSON' }) })).toBe('{\n  "via": "toJSON"\n}');
  });
});
