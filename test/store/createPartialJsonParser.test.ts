import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createPartialJsonParser } from '../../src/store/createPartialJsonParser';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const parseAll = (...fragments: string[]) => {
  const parser = createPartialJsonParser();
  for (const fragment of fragments) parser.push(fragment);
  return parser;
};

const snapshotOf = (text: string): unknown => parseAll(text).snapshot();

const DOCUMENTS = [
  '{}',
  '[]',
  ' { } ',
  '[ ]',
  '{"a":1,"b":[true,false,null],"c":{"d":"e","f":{}},"g":[]}',
  '[[[]],[{}],[[1,[2,[3]]]]]',
  '"plain"',
  '"esc: \\" \\\\ \\/ \\b \\f \\n \\r \\t"',
  '"\\u0041\\u00e9\\u4e2d\\uD83D\\uDE00 \\ud83d\\ude00 \\udc00 lone"',
  '"raw 😀 é 中"',
  '[0, -0, 1, -1, 12.5, -0.25, 1e3, 1E+3, 2e-3, -1.5E-10, 123456789012345678901234567890]',
  '{"__proto__": {"x": 1}, "constructor": 2, "1": "numeric key", "a": 3}',
  '{"dup": 1, "dup": "second"}',
  '\n\t {\r\n  "spaced" :\t[ 1 , 2 ]\n }\n\n',
  'true',
  ' false ',
  'null',
  '{"city":"Paris","units":"celsius","days":[{"d":1,"hi":21.5},{"d":2,"hi":-3}],"note":null}',
];

/** Every way to cut `text` into two pieces, plus one-character pieces. */
const splits = (text: string): string[][] => [
  ...Array.from({ length: text.length + 1 }, (_, k) => [text.slice(0, k), text.slice(k)]),
  [...text].flatMap((ch) => ch.split('')),
];

describe('createPartialJsonParser on whole documents', () => {
  it.each(DOCUMENTS)('parses %j like JSON.parse, however it is split', (text) => {
    const expected: unknown = JSON.parse(text);
    for (const pieces of splits(text)) {
      // A bare top-level number only ends at whitespace (more digits could follow); none here is bare.
      const parser = parseAll(...pieces);
      expect(parser.error).toBeUndefined();
      expect(parser.done).toBe(true);
      expect(parser.snapshot()).toEqual(expected);
    }
  });

  it('keeps a "__proto__" key as plain data, as JSON.parse does', () => {
    const value = snapshotOf('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('completes a bare top-level number only at the whitespace after it', () => {
    const parser = parseAll('-12.5e1');
    expect(parser.snapshot()).toBe(-125);
    expect(parser.done).toBe(false);
    parser.push(' ');
    expect(parser.done).toBe(true);
    expect(parser.snapshot()).toBe(-125);
  });
});

describe('createPartialJsonParser snapshots of partial text', () => {
  it.each<[string, unknown]>([
    ['', undefined],
    ['  \n', undefined],
    ['{', {}],
    ['[', []],
    ['{"ke', {}],
    ['{"key"', {}],
    ['{"key" :', {}],
    ['{"key": ', {}],
    ['{"key": "', { key: '' }],
    ['{"key": "val', { key: 'val' }],
    ['{"key": "a\\', { key: 'a' }],
    ['{"key": "a\\n', { key: 'a\n' }],
    ['{"key": "a\\u00', { key: 'a' }],
    ['{"key": "a\\u00e9', { key: 'aé' }],
    ['"\\ud83d', ''],
    ['"x\\ud83d\\u', 'x'],
    ['"x\\ud83d\\ude00', 'x😀'],
    ['[12', [12]],
    ['[-', []],
    ['[-0', [-0]],
    ['[1.', [1]],
    ['[1.5', [1.5]],
    ['[1e', [1]],
    ['[1.5e-', [1.5]],
    ['[1.5e-2', [0.015]],
    ['[tru', []],
    ['[true', [true]],
    ['[fals', []],
    ['[nul', []],
    ['{"a": nul', {}],
    ['{"a": null', { a: null }],
    ['{"a": 1, "b', { a: 1 }],
    ['{"a": [1, {"b": [2, "x', { a: [1, { b: [2, 'x'] }] }],
    ['[[], {}, [', [[], {}, []]],
  ])('%j shows %j', (text, expected) => {
    const parser = parseAll(text);
    expect(parser.error).toBeUndefined();
    expect(parser.done).toBe(false);
    expect(parser.snapshot()).toEqual(expected);
  });

  it('holds back a raw high surrogate split from its pair, then shows the pair', () => {
    const parser = parseAll('"a\ud83d');
    expect(parser.snapshot()).toBe('a');
    parser.push('\ude00"');
    expect(parser.snapshot()).toBe('a😀');
    expect(parser.done).toBe(true);
  });

  it('keeps a lone high surrogate once the string ends, as JSON.parse does', () => {
    expect(snapshotOf('"\\ud83d"')).toBe(JSON.parse('"\\ud83d"'));
    expect(snapshotOf('"\\ud83dA"')).toBe('\ud83dA');
  });

  it('accepts empty fragments anywhere', () => {
    const parser = parseAll('', '{"a"', '', ':', '', '[1', '', ']}', '');
    expect(parser.done).toBe(true);
    expect(parser.snapshot()).toEqual({ a: [1] });
  });
});

/**
 * "Prefix" order on snapshots: `partial` could grow into `full`. Types never change; strings only
 * grow at the end; arrays only grow, and every element but the last is already final; objects gain
 * keys, and at most one existing key (the one being written) is not final yet; numbers only keep
 * their type (`1.` → 1 may become 1.5). With `shared`, the final parts must also be the same objects.
 */
function isPrefix(partial: unknown, full: unknown, shared: boolean): boolean {
  if (partial === undefined) return true;
  if (partial === null || typeof partial === 'boolean') return partial === full;
  if (typeof partial === 'number') return typeof full === 'number';
  if (typeof partial === 'string') return typeof full === 'string' && full.startsWith(partial);
  const same = (a: unknown, b: unknown) => (shared ? a === b : isDeepEqual(a, b));
  if (Array.isArray(partial)) {
    if (!Array.isArray(full) || partial.length > full.length) return false;
    return partial.every((item, k) => (k === partial.length - 1 ? isPrefix(item, full[k], shared) : same(item, full[k])));
  }
  if (typeof full !== 'object' || full === null || Array.isArray(full)) return false;
  const whole = full as Record<string, unknown>;
  const differing = Object.entries(partial).filter(([key, value]) => !(Object.hasOwn(whole, key) && same(value, whole[key])));
  return differing.length <= 1 && differing.every(([key, value]) => Object.hasOwn(whole, key) && isPrefix(value, whole[key], shared));
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b) && typeof a === typeof b;
}

const cutsOf = (length: number, seeds: number[]) => [...new Set(seeds.map((s) => s % (length + 1)))].sort((x, y) => x - y);

const pieces = (text: string, cuts: number[]) => [0, ...cuts].map((from, k) => text.slice(from, [...cuts, text.length][k]));

describe('createPartialJsonParser properties', () => {
  const json = fc.jsonValue() as fc.Arbitrary<Json>;

  it('ends at JSON.parse, through snapshots that each grow into the next, sharing finished values', () => {
    fc.assert(
      fc.property(json, fc.boolean(), fc.array(fc.nat(), { maxLength: 30 }), (value, indent, seeds) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        const expected: unknown = JSON.parse(text);
        const parser = createPartialJsonParser();
        const taken: Array<{ snap: unknown; copy: string | undefined }> = [];
        let previous: unknown;
        for (const piece of pieces(text, cutsOf(text.length, seeds))) {
          parser.push(piece);
          const snap = parser.snapshot();
          expect(parser.error).toBeUndefined();
          expect(isPrefix(snap, expected, false)).toBe(true);
          expect(isPrefix(previous, snap, true)).toBe(true);
          taken.push({ snap, copy: JSON.stringify(snap) });
          previous = snap;
        }
        parser.push(' ');
        expect(parser.done).toBe(true);
        expect(parser.snapshot()).toEqual(expected);
        // No snapshot handed out was changed afterwards by later pushes.
        for (const { snap, copy } of taken) expect(JSON.stringify(snap)).toBe(copy);
      }),
    );
  });

  it('gives the same value for every way of cutting the text', () => {
    fc.assert(
      fc.property(json, fc.array(fc.nat(), { maxLength: 50 }), (value, seeds) => {
        const text = JSON.stringify(value);
        const parser = parseAll(...pieces(text, cutsOf(text.length, seeds)), ' ');
        expect(parser.snapshot()).toEqual(JSON.parse(text));
      }),
    );
  });
});

describe('createPartialJsonParser structural sharing', () => {
  it('returns the same object when nothing was pushed, or only whitespace', () => {
    const parser = parseAll('{"a": [1, "x');
    const first = parser.snapshot();
    expect(parser.snapshot()).toBe(first);
    parser.push('');
    expect(parser.snapshot()).toBe(first);
    const complete = parseAll('{"a": [1]}');
    const value = complete.snapshot();
    complete.push('  \n');
    expect(complete.snapshot()).toBe(value);
  });

  it('makes the containers on the open path new and keeps finished siblings', () => {
    const parser = parseAll('{"done": {"b": [1, 2]}, "list": [{"x": 1}, {"y": "a');
    const before = parser.snapshot() as { done: object; list: Array<{ x?: number; y?: string }> };
    parser.push('b');
    const after = parser.snapshot() as typeof before;
    expect(after).not.toBe(before);
    expect(after.list).not.toBe(before.list);
    expect(after.list[1]).not.toBe(before.list[1]);
    expect(after.list[1]).toEqual({ y: 'ab' });
    expect(after.done).toBe(before.done);
    expect(after.list[0]).toBe(before.list[0]);
    expect(before.list[1]).toEqual({ y: 'a' });
  });

  it('keeps the identity of a container seen open once it closes', () => {
    const parser = parseAll('{"a": {"b": 1');
    const open = parser.snapshot() as { a: object };
    parser.push('}, "c": 2}');
    const closed = parser.snapshot() as { a: object; c: number };
    expect(closed).toEqual({ a: { b: 1 }, c: 2 });
    expect(closed.a).toBe(open.a);
  });

  it('freezes what it hands out, so shared values cannot be changed by a consumer', () => {
    const value = parseAll('{"a": [{"b": "c"}], "d": {').snapshot() as { a: Array<{ b: string }>; d: object };
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.d)).toBe(true);
  });
});

describe('createPartialJsonParser on invalid text', () => {
  it.each<[string, unknown, boolean]>([
    ['{"a":}', {}, false],
    ['[1,,2]', [1], false],
    ['{"a" 1}', {}, false],
    ['{"a":1} x', { a: 1 }, true],
    ['{"a":1}{}', { a: 1 }, true],
    ['[1]]', [1], true],
    ['[1}', [1], false],
    ['{"a":1,}', { a: 1 }, false],
    ['[1,]', [1], false],
    ['{,}', {}, false],
    ['[01]', [0], false],
    ['[1.]', [1], false],
    ['[-]', [], false],
    ['[1e+]', [1], false],
    ['[trve]', [], false],
    ['["a\\x"]', ['a'], false],
    ['["\\u12G4"]', [''], false],
    ['{"a": "line\nbreak"}', { a: 'line' }, false],
    ['[NaN]', [], false],
    ["{'a': 1}", {}, false],
    ['\u00a0{}', undefined, false],
  ])('%j sets error and keeps %j', (text, lastGood, done) => {
    for (const fragments of splits(text)) {
      const parser = parseAll(...fragments);
      expect(parser.error).toMatch(/at offset \d+$/);
      expect(parser.snapshot()).toEqual(lastGood);
      expect(parser.done).toBe(done);
    }
  });

  it('reports where the text went wrong and ignores later pushes', () => {
    const parser = parseAll('{"a": "hi"', ', ]');
    expect(parser.error).toBe('Unexpected "]" at offset 12');
    const value = parser.snapshot();
    expect(value).toEqual({ a: 'hi' });
    parser.push('"b": 2}');
    expect(parser.snapshot()).toBe(value);
    expect(parser.error).toBe('Unexpected "]" at offset 12');
  });
});
