import { createPartialJsonParser } from '../src/store/createPartialJsonParser';
import { compare } from './compare';

const DELTA_CHARS = 8;
// About one animation frame's worth of tokens on a fast stream: the store snapshots once per flush.
const DELTAS_PER_SNAPSHOT = 32;

function argumentsOf(targetChars: number): string {
  const items: unknown[] = [];
  let size = 0;
  for (let id = 0; size < targetChars; id++) {
    const item = { id, title: `Item ${id} with "quotes" and unicode: café`, tags: ['alpha', 'beta'], score: id * 1.5 };
    items.push(item);
    size += JSON.stringify(item).length + 1;
  }
  return JSON.stringify({ query: 'bench', items });
}

function deltasOf(text: string): string[] {
  const deltas: string[] = [];
  for (let at = 0; at < text.length; at += DELTA_CHARS) deltas.push(text.slice(at, at + DELTA_CHARS));
  return deltas;
}

function incremental(deltas: string[]) {
  const parser = createPartialJsonParser();
  let value: unknown;
  for (let index = 0; index < deltas.length; index++) {
    parser.push(deltas[index]!);
    if (index % DELTAS_PER_SNAPSHOT === 0) value = parser.snapshot();
  }
  value = parser.snapshot();
  if (!parser.done || value === undefined) throw new Error('bench: incremental parse did not finish');
}

// What a UI without an incremental parser does: try to parse the whole text so far at every update.
function reparse(deltas: string[]) {
  let text = '';
  let value: unknown;
  for (let index = 0; index < deltas.length; index++) {
    text += deltas[index]!;
    if (index % DELTAS_PER_SNAPSHOT === 0 || index === deltas.length - 1) {
      try {
        value = JSON.parse(text);
      } catch {
        // keep the previous value, as such UIs do
      }
    }
  }
  if (value === undefined) throw new Error('bench: re-parse did not finish');
}

/** Streaming tool arguments: the incremental parser's total cost stays linear; re-parsing grows quadratically. */
export async function runPartialJsonBench(rounds: number): Promise<string[]> {
  const lines = [
    `tool-call arguments: ${DELTA_CHARS}-char deltas, a snapshot every ${DELTAS_PER_SNAPSHOT} deltas; median of ${rounds} interleaved rounds`,
  ];
  for (const size of [10_000, 100_000, 400_000]) {
    const deltas = deltasOf(argumentsOf(size));
    const medians = await compare(
      [
        { name: 'incremental', run: () => incremental(deltas) },
        { name: 'reparse', run: () => reparse(deltas) },
      ],
      rounds,
    );
    const ours = medians.get('incremental')!;
    const theirs = medians.get('reparse')!;
    const perKb = (ms: number) => `${((ms * 1000) / (size / 1000)).toFixed(1).padStart(6)} us/KB`;
    lines.push(
      `  ${String(size / 1000).padStart(4)} KB  createPartialJsonParser ${ours.toFixed(2).padStart(8)} ms ${perKb(ours)}   re-parse per snapshot ${theirs.toFixed(2).padStart(8)} ms ${perKb(theirs)}   ratio ${(theirs / ours).toFixed(2)}x`,
    );
  }
  return lines;
}
