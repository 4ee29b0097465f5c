import { isRecord, malformedChunk } from './geminiFields';

type Segment = string | number;

/** A JSON object or array whose text is written but not closed yet. */
interface OpenContainer {
  key: Segment;
  array: boolean;
  members: number;
}

/**
 * Writes the JSON text of a function call's arguments from Vertex AI's streamed `partialArgs`, one
 * fragment at a time, so that the call's arguments grow as they arrive like any protocol's.
 */
export interface PartialArgsWriter {
  /** The JSON text that the `partialArgs` entries add; throws a `'protocol'` error for a malformed entry (`data` is the chunk). */
  write(partialArgs: readonly unknown[], data: string): string;
  /** The text that closes every open string, array and object (`'{}'` when nothing was written). */
  close(): string;
}

/** RFC 9535 paths as Vertex sends them: `$.a.b`, `$.list[0]`, `$['odd key']`. */
const SEGMENT = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;

function parsePath(path: string): Segment[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: Segment[] = [];
  SEGMENT.lastIndex = 1;
  while (SEGMENT.lastIndex < path.length) {
    const match = SEGMENT.exec(path);
    if (!match) return undefined;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push((match[3] ?? match[4]!).replace(/\\(.)/g, '$1'));
  }
  return segments;
}

/** The JSON of a partial argument's value; `undefined` when it carries none. */
function valueJson(arg: Record<string, unknown>): string | undefined {
  if (typeof arg.stringValue === 'string') return JSON.stringify(arg.stringValue);
  if (typeof arg.numberValue === 'number' && Number.isFinite(arg.numberValue)) return String(arg.numberValue);
  if (typeof arg.boolValue === 'boolean') return String(arg.boolValue);
  if ('nullValue' in arg) return 'null';
  return undefined;
}

/**
 * Creates a {@link PartialArgsWriter}. Each entry names a leaf by its JSON path; the writer closes the
 * containers the new path leaves, opens the ones it enters and writes the value, so the concatenated
 * text is the arguments object in the order the model produced it. A string value with `willContinue`
 * stays open, and the following entries of the same path append to it; the first entry of the same
 * path without `willContinue` closes it.
 */
export function createPartialArgsWriter(): PartialArgsWriter {
  const stack: OpenContainer[] = [];
  let openString: string | undefined;

  const closeTo = (depth: number): string => {
    let text = '';
    while (stack.length > depth) text += stack.pop()!.array ? ']' : '}';
    return text;
  };
  const member = (container: OpenContainer, key: Segment): string =>
    (container.members++ > 0 ? ',' : '') + (typeof key === 'string' && !container.array ? `${JSON.stringify(key)}:` : '');

  function leaf(path: Segment[], json: string, continues: boolean, jsonPath: string): string {
    let text = openString === undefined ? '' : '"';
    openString = undefined;
    if (stack.length === 0) {
      stack.push({ key: '$', array: false, members: 0 });
      text += '{';
    }
    let common = 0;
    while (common < path.length - 1 && common + 1 < stack.length && stack[common + 1]!.key === path[common]) common++;
    text += closeTo(common + 1);
    for (let i = common; i < path.length - 1; i++) {
      text += member(stack[stack.length - 1]!, path[i]!);
      const array = typeof path[i + 1] === 'number';
      stack.push({ key: path[i]!, array, members: 0 });
      text += array ? '[' : '{';
    }
    text += member(stack[stack.length - 1]!, path[path.length - 1]!);
    if (continues && json.startsWith('"')) {
      openString = jsonPath;
      return text + json.slice(0, -1);
    }
    return text + json;
  }

  return {
    write(partialArgs, data) {
      let text = '';
      for (const arg of partialArgs) {
        if (!isRecord(arg) || typeof arg.jsonPath !== 'string') throw malformedChunk('a `partialArgs` entry without a string `jsonPath`', data);
        const continues = arg.willContinue === true;
        if (openString === arg.jsonPath && typeof arg.stringValue === 'string') {
          text += JSON.stringify(arg.stringValue).slice(1, -1);
          if (!continues) {
            text += '"';
            openString = undefined;
          }
          continue;
        }
        const path = parsePath(arg.jsonPath);
        if (path === undefined || path.length === 0) throw malformedChunk(`a \`partialArgs\` path that is not a JSON path below $: ${JSON.stringify(arg.jsonPath)}`, data);
        const json = valueJson(arg);
        if (json !== undefined) text += leaf(path, json, continues, arg.jsonPath);
      }
      return text;
    },
    close() {
      if (stack.length === 0) return '{}';
      const text = (openString === undefined ? '' : '"') + closeTo(0);
      openString = undefined;
      return text;
    },
  };
}
