/** Limits of {@link formatToolValue}. */
export interface FormatToolValueOptions {
  /** Objects and arrays nested deeper than this print as `{…}` / `[…]`. Default 32. */
  maxDepth?: number;
  /** The text stops after about this many characters, ending in `…`. Default 50,000. */
  maxLength?: number;
}

const ELLIPSIS = '…';

/** Collects output until the budget is spent; then every further write is dropped. */
class BoundedText {
  private readonly parts: string[] = [];
  private length = 0;
  full = false;
  constructor(private readonly max: number) {}
  write(text: string): void {
    if (this.full) return;
    const room = this.max - this.length;
    if (text.length > room) {
      this.parts.push(text.slice(0, room), ELLIPSIS);
      this.full = true;
    } else this.parts.push(text);
    this.length += text.length;
  }
  toString = (): string => this.parts.join('');
}

/** What JSON leaves out of an object (and writes as `null` in an array). */
const isSkipped = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

function writeValue(raw: unknown, depth: number, indent: string, out: BoundedText, ancestors: object[], maxDepth: number) {
  const value = typeof (raw as { toJSON?: unknown } | null)?.toJSON === 'function' ? (raw as { toJSON(): unknown }).toJSON() : raw;
  if (value === null || isSkipped(value)) return out.write('null');
  if (typeof value === 'string') return out.write(JSON.stringify(value.length > 100_000 ? value.slice(0, 100_000) : value));
  if (typeof value === 'number') return out.write(Number.isFinite(value) ? String(value) : 'null');
  if (typeof value === 'bigint') return out.write(`${value}n`);
  if (typeof value !== 'object') return out.write(String(value));
  const array = Array.isArray(value);
  if (ancestors.includes(value)) return out.write('[Circular]');
  if (depth >= maxDepth) return out.write(array ? '[…]' : '{…}');
  // Keys are read one at a time and the loop stops once the text is full, so a huge array or object
  // costs no more than the text that is shown of it.
  const keys = array ? null : Object.keys(value);
  const count = keys ? keys.length : (value as unknown[]).length;
  const inner = `${indent}  `;
  let written = 0;
  ancestors.push(value);
  for (let index = 0; index < count && !out.full; index++) {
    const key = keys ? keys[index]! : null;
    const item = key === null ? (value as unknown[])[index] : (value as Record<string, unknown>)[key];
    if (key !== null && isSkipped(item)) continue;
    const opener = written === 0 ? (array ? '[' : '{') : ',';
    out.write(`${opener}\n${inner}${key === null ? '' : `${JSON.stringify(key)}: `}`);
    written++;
    writeValue(item, depth + 1, inner, out, ancestors, maxDepth);
  }
  ancestors.pop();
  if (written === 0) out.write(array ? '[]' : '{}');
  else out.write(`\n${indent}${array ? ']' : '}'}`);
}

/**
 * Turns a tool call's arguments or result into display text: strings as they are, anything else as
 * JSON indented by 2. Model output and tool results are untrusted, so the cost is bounded: nesting
 * past `maxDepth` prints as `{…}` (recursion never goes deeper, so no input overflows the stack, where
 * `JSON.stringify` does at a few thousand levels), the text stops at `maxLength`, cycles print as
 * `[Circular]`, BigInts as `10n`, and a value that throws while being read prints as a short note.
 */
export function formatToolValue(value: unknown, { maxDepth = 32, maxLength = 50_000 }: FormatToolValueOptions = {}): string {
  if (typeof value === 'string') return value.length > maxLength ? `${value.slice(0, maxLength)}${ELLIPSIS}` : value;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return String(value);
  const out = new BoundedText(maxLength);
  try {
    writeValue(value, 0, '', out, [], maxDepth);
  } catch (error) {
    return `[value could not be read: ${error instanceof Error ? error.message : String(error)}]`;
  }
  return out.toString();
}
