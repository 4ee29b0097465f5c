import fc from 'fast-check';
import type { RecordedEvent, WireVocabulary } from './fuzzProtocols';

/** Keys that reach `Object.prototype` when a decoder assigns by a wire string. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** Scalars of the wrong type or at the edges: what a hostile server puts where a field was expected. */
export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -0,
    -1,
    1.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    -(2 ** 31),
    2 ** 32,
    '',
    'NaN',
    'Infinity',
    '-1',
    '0',
    'null',
    '{',
    '[DONE]',
    '\u0000',
    '\ud800',
    '<img src=x onerror=alert(1)>',
    ...PROTOTYPE_KEYS,
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A hostile value: a scalar, or a small array or object of them (keys include prototype names). */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'hostile' },
    hostileScalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/**
 * A random frame in the protocol's own vocabulary: a `type` it knows (or not), and keys it reads with
 * values that are either hostile or nested frames, so deep branches of a decoder are reached.
 */
export function vocabularyFrame(vocabulary: WireVocabulary): fc.Arbitrary<Record<string, unknown>> {
  const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...vocabulary.keys) }, fc.constantFrom(...PROTOTYPE_KEYS));
  // Gemini's chunks have no `type`: its frames are told apart by their keys alone.
  const type =
    vocabulary.types.length === 0
      ? fc.constant(undefined)
      : fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...vocabulary.types) }, fc.string({ maxLength: 8 }));
  return fc.letrec<{ frame: Record<string, unknown>; value: unknown }>((tie) => ({
    frame: fc
      .tuple(type, fc.dictionary(key, tie('value'), { maxKeys: 5 }))
      .map(([frameType, fields]) => (frameType === undefined ? fields : { type: frameType, ...fields })),
    value: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'frame' },
      { weight: 3, arbitrary: hostileScalar },
      tie('frame'),
      fc.array(tie('value'), { maxLength: 3 }),
    ),
  })).frame;
}

/** Where in a JSON value something can be replaced: every path to an object field or array item. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, item] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf(item, path, out);
  }
  return out;
}

/** A copy of `value` with the field at `path` replaced (or deleted, for `DELETE`). */
export function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === DELETE) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else Object.defineProperty(node, last, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Marks a field to delete in {@link replaceAt}. */
export const DELETE = Symbol('delete');

/** One event of a recording with one field replaced by a hostile value, deleted, or the frame truncated. */
export function mutatedEvent(event: RecordedEvent): fc.Arbitrary<RecordedEvent> {
  const paths = event.json === undefined ? [] : pathsOf(event.json);
  const truncated = fc.nat({ max: Math.max(0, event.data.length - 1) }).map((cut) => ({ event: event.event, data: event.data.slice(0, cut) }));
  if (paths.length === 0) return truncated;
  const replaced = fc
    .tuple(fc.constantFrom(...paths), fc.oneof({ weight: 4, arbitrary: hostileValue }, fc.constant<unknown>(DELETE)))
    .map(([path, replacement]) => ({ event: event.event, data: JSON.stringify(replaceAt(event.json, path, replacement)) }));
  return fc.oneof({ weight: 5, arbitrary: replaced }, truncated);
}

/**
 * A recording disordered and damaged: events dropped, duplicated, swapped, some mutated, the body cut
 * short. Out-of-order sequences (a delta before its start, an end without a start, a result for an
 * unknown id, a duplicate id) come from these edits.
 */
export function mutatedRecording(events: readonly RecordedEvent[]): fc.Arbitrary<RecordedEvent[]> {
  const last = Math.max(0, events.length - 1);
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('mutate' as const), at: fc.nat({ max: last }) }),
    fc.record({ kind: fc.constant('drop' as const), at: fc.nat({ max: last }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat({ max: last }) }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat({ max: last }), to: fc.nat({ max: last }) }),
  );
  return fc
    .tuple(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.nat({ max: events.length }), fc.boolean())
    .chain(([edits, cut, truncate]) => {
      let list = [...events];
      const mutations: number[] = [];
      for (const step of edits) {
        if (list.length === 0) break;
        const at = step.at % list.length;
        if (step.kind === 'drop') list.splice(at, 1);
        else if (step.kind === 'duplicate') list.splice(at, 0, list[at]!);
        else if (step.kind === 'swap') [list[at], list[step.to % list.length]] = [list[step.to % list.length]!, list[at]!];
        else mutations.push(at);
      }
      if (truncate) list = list.slice(0, cut);
      const mutated = list.map((event, index) => (mutations.includes(index) ? mutatedEvent(event) : fc.constant(event)));
      return mutated.length === 0 ? fc.constant([]) : fc.tuple(...mutated);
    });
}
