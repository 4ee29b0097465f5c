import { MAX_JSON_DEPTH } from '../protocols/parseJsonFrame';
import { createPartialJsonParserStack } from './createPartialJsonParserStack';

/**
 * An incremental, best-effort parser for JSON text that arrives in pieces (a tool call's arguments).
 *
 * Cost invariant: `push` looks at each input character a constant number of times over the whole
 * stream (a number's terminator is seen twice, plain string runs are appended as one slice), and
 * never re-reads earlier text; `snapshot` copies only the containers on the path to the value being
 * written. So parsing a stream of n characters costs O(n) plus O(depth × width) per snapshot.
 */
export interface PartialJsonParser {
  /** Appends the next fragment of the JSON text. Ignored once `error` is set. */
  push(fragment: string): void;
  /**
   * Best-effort value of the text so far: undefined before any value starts. Open containers hold
   * what they have; a string being written shows its decoded text so far; a key whose value has not
   * started is omitted; a number shows its longest valid prefix (`1.` → 1, `-` → omitted); partial
   * literals are omitted. The result is deeply frozen. Between pushes that change nothing visible it
   * is the same object; otherwise the containers on the open path are new and every finished value
   * keeps its identity.
   */
  snapshot(): unknown;
  /**
   * True once the top-level value is syntactically complete. A bare top-level number only completes
   * at the whitespace after it, since more digits could follow. Stays true if trailing garbage then
   * sets `error`.
   */
  readonly done: boolean;
  /**
   * Set when the text can no longer be valid JSON, naming the first character that cannot continue it
   * and its offset (`Unexpected "]" at offset 12`); parsing stops there (snapshot keeps the last good value).
   */
  readonly error: string | undefined;
}

const M_VALUE = 0; // a value must start (top level, after `:`, after `,` or `[` in an array)
const M_KEY = 1; // a key must start (after `{`, after `,` in an object)
const M_COLON = 2;
const M_AFTER = 3; // a value ended: `,` or a closer, or only whitespace at the top level
const M_STRING = 4;
const M_ESCAPE = 5;
const M_UNICODE = 6;
const M_NUMBER = 7;
const M_LITERAL = 8;
const M_ERROR = 9;

// Number states (the rows of NUMBER_STEPS): N_MINUS 0, N_ZERO 1, N_INT 2, N_DOT 3, N_FRAC 4, N_E 5,
// N_ESIGN 6, N_EXP 7, N_START 8. N_ZERO, N_INT, N_FRAC and N_EXP are where the text is a complete number.
const N_ZERO = 1;
const N_INT = 2;
const N_FRAC = 4;
const N_EXP = 7;
const N_START = 8;

/**
 * The JSON number grammar as a table, much smaller than the branches it stands for. Row: the number
 * state; column: {@link numberClass} of the next character. A cell is the next state, `e` when the
 * number ended before the character (which is then read again, as what follows the value), or `x`
 * when the character cannot continue the number.
 */
// prettier-ignore
const NUMBER_STEPS =
  // columns: 0, 1-9, ., e E, -, +, other
  '12xxxxx' + // N_MINUS: `-`
  'ee35eee' + // N_ZERO: `0` or `-0`, which no digit may follow
  '2235eee' + // N_INT
  '44xxxxx' + // N_DOT: a digit must follow
  '44e5eee' + // N_FRAC
  '77xx66x' + // N_E
  '77xxxxx' + // N_ESIGN
  '77eeeee' + // N_EXP
  '12xx0xx'; // N_START: before the first character

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const LITERALS: Record<string, [string, unknown]> = { t: ['true', true], f: ['false', false], n: ['null', null] };

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const numberClass = (c: number): number =>
  c === 0x30 ? 0 : isDigit(c) ? 1 : c === 0x2e ? 2 : c === 0x65 || c === 0x45 ? 3 : c === 0x2d ? 4 : c === 0x2b ? 5 : 6;
const hexValue = (c: number): number =>
  isDigit(c) ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;

/** Creates a {@link PartialJsonParser} for one JSON text. */
export function createPartialJsonParser(): PartialJsonParser {
  const stack = createPartialJsonParserStack();
  let mode = M_VALUE;
  let canClose = false; // right after `[` or `{`, where the container may still be empty
  let error: string | undefined;
  let offset = 0; // characters in earlier fragments, for error positions
  let strIsKey = false;
  let strText = '';
  // A trailing high surrogate is held back until its pair arrives, so a UI never shows half an emoji.
  let strHeld = '';
  let hex = 0;
  let hexCount = 0;
  let numState = N_START;
  let numText = '';
  let numValid = ''; // the longest prefix of numText that is a complete number
  let litWord = '';
  let litIndex = 0;
  let litValue: unknown = null;
  let failedIn = M_VALUE; // the mode an error interrupted, so the snapshot keeps a partial scalar

  // One wording for every syntax error: the offending character, quoted as JSON so that a control
  // character shows as its escape, and where it is; a per-rule wording would only cost bundle size.
  const fail = (c: number, at: number): void => {
    error = `Unexpected ${JSON.stringify(String.fromCharCode(c))} at offset ${offset + at}`;
    failedIn = mode;
    mode = M_ERROR;
  };

  const appendText = (piece: string): void => {
    const before = strText.length;
    const last = piece.charCodeAt(piece.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      strText += strHeld + piece.slice(0, -1);
      strHeld = piece.slice(-1);
    } else {
      strText += strHeld + piece;
      strHeld = '';
    }
    if (!strIsKey && strText.length !== before) stack.touch();
  };

  const endValue = (value: unknown): void => {
    stack.commit(value);
    mode = M_AFTER;
  };

  const endString = (): void => {
    const text = strText + strHeld;
    if (strIsKey) {
      stack.setKey(text);
      mode = M_COLON;
      return;
    }
    if (strHeld !== '') stack.touch();
    endValue(text);
  };

  const startString = (isKey: boolean): void => {
    strIsKey = isKey;
    strText = '';
    strHeld = '';
    mode = M_STRING;
    if (!isKey) stack.touch();
  };

  const close = (closer: number, at: number): void => {
    if (stack.depth === 0 || stack.inObject !== (closer === 0x7d)) {
      fail(closer, at);
      return;
    }
    stack.close();
    mode = M_AFTER;
  };

  const startValue = (c: number, ch: string, at: number): void => {
    const wasEmpty = canClose;
    canClose = false;
    if (c === 0x7b || c === 0x5b) {
      // A hostile stream can nest 100,000 levels in 200 KB; deeper than this no renderer or JSON.stringify of the message survives.
      if (stack.depth >= MAX_JSON_DEPTH) {
        error = `Nested deeper than ${MAX_JSON_DEPTH} levels at offset ${offset + at}`;
        failedIn = mode;
        mode = M_ERROR;
        return;
      }
      stack.open(c === 0x7b ? 'object' : 'array');
      mode = c === 0x7b ? M_KEY : M_VALUE;
      canClose = true;
    } else if (c === 0x22) {
      startString(false);
    } else if (c === 0x2d || isDigit(c)) {
      numText = '';
      numValid = '';
      numState = N_START;
      mode = M_NUMBER;
      stepNumber(c, ch, at);
    } else if (LITERALS[ch] !== undefined) {
      [litWord, litValue] = LITERALS[ch];
      litIndex = 1;
      mode = M_LITERAL;
    } else if (c === 0x5d && wasEmpty) {
      close(c, at);
    } else {
      fail(c, at);
    }
  };

  // Returns false when the number ended before `c`, which must then be read again in M_AFTER.
  const stepNumber = (c: number, ch: string, at: number): boolean => {
    const next = NUMBER_STEPS[numState * 7 + numberClass(c)];
    if (next === 'e') {
      endValue(Number(numText));
      return false;
    }
    if (next === 'x') {
      fail(c, at);
      return true;
    }
    numState = Number(next);
    numText += ch;
    if (numState === N_ZERO || numState === N_INT || numState === N_FRAC || numState === N_EXP) {
      numValid = numText;
      stack.touch();
    }
    return true;
  };

  // Reads one character outside a plain string run; returns how far to advance (0 = read it again).
  const step = (c: number, ch: string, at: number): number => {
    switch (mode) {
      case M_ESCAPE: {
        const decoded = ESCAPES[ch];
        if (ch === 'u') {
          hex = 0;
          hexCount = 0;
          mode = M_UNICODE;
        } else if (decoded === undefined) {
          fail(c, at);
        } else {
          mode = M_STRING;
          appendText(decoded);
        }
        return 1;
      }
      case M_UNICODE: {
        const h = hexValue(c);
        if (h < 0) {
          fail(c, at);
          return 1;
        }
        hex = hex * 16 + h;
        if (++hexCount === 4) {
          mode = M_STRING;
          appendText(String.fromCharCode(hex));
        }
        return 1;
      }
      case M_NUMBER:
        return stepNumber(c, ch, at) ? 1 : 0;
      case M_LITERAL:
        if (c !== litWord.charCodeAt(litIndex)) fail(c, at);
        else if (++litIndex === litWord.length) {
          stack.touch();
          endValue(litValue);
        }
        return 1;
    }
    if (isSpace(c)) return 1;
    if (mode === M_VALUE) startValue(c, ch, at);
    else if (mode === M_KEY && c === 0x22) startString(true);
    else if (mode === M_KEY && c === 0x7d && canClose) close(c, at);
    else if (mode === M_COLON && c === 0x3a) mode = M_VALUE;
    else if (mode === M_AFTER && c === 0x2c && stack.depth > 0) mode = stack.inObject ? M_KEY : M_VALUE;
    else if (mode === M_AFTER && (c === 0x7d || c === 0x5d)) close(c, at);
    else fail(c, at);
    if (mode !== M_VALUE && mode !== M_KEY) canClose = false;
    return 1;
  };

  const pending = (): unknown => {
    const m = mode === M_ERROR ? failedIn : mode;
    if (m === M_STRING || m === M_ESCAPE || m === M_UNICODE) return strIsKey ? undefined : strText;
    if (m === M_NUMBER && numValid !== '') return Number(numValid);
    return undefined;
  };

  return {
    push(fragment) {
      const n = fragment.length;
      let i = 0;
      while (i < n && mode !== M_ERROR) {
        if (mode !== M_STRING) {
          i += step(fragment.charCodeAt(i), fragment.charAt(i), i);
          continue;
        }
        let j = i;
        let c = 0;
        while (j < n && (c = fragment.charCodeAt(j)) !== 0x22 && c !== 0x5c && c >= 0x20) j++;
        if (j > i) appendText(fragment.slice(i, j));
        if (j === n) break;
        if (c === 0x22) endString();
        else if (c === 0x5c) mode = M_ESCAPE;
        else fail(c, j);
        i = j + 1;
      }
      offset += n;
    },
    snapshot: () => stack.snapshot(pending),
    get done() {
      return stack.hasRoot;
    },
    get error() {
      return error;
    },
  };
}
