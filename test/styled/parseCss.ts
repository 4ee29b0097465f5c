/** One rule of a stylesheet: its selector (or keyframe) prelude, the at-rules around it, its declarations. */
export interface CssRule {
  prelude: string;
  /** Enclosing at-rule preludes, outermost first (`@media (prefers-reduced-motion: no-preference)`). */
  atRules: string[];
  declarations: Array<[property: string, value: string]>;
}

/**
 * A small CSS reader for tests: enough for our own stylesheet (no strings containing braces, no
 * nested style rules). Comments are dropped; every block whose prelude starts with `@` is an at-rule
 * holding rules; every other block is a style rule.
 */
export function parseCss(source: string): CssRule[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const stack: string[] = [];
  let buffer = '';
  let current: CssRule | null = null;
  for (const char of text) {
    if (char === '{') {
      const prelude = buffer.trim().replace(/\s+/g, ' ');
      buffer = '';
      if (prelude.startsWith('@')) stack.push(prelude);
      else {
        current = { prelude, atRules: [...stack], declarations: [] };
        rules.push(current);
      }
    } else if (char === '}') {
      if (current) {
        current.declarations.push(...readDeclarations(buffer));
        current = null;
      } else stack.pop();
      buffer = '';
    } else buffer += char;
  }
  if (stack.length > 0 || buffer.trim() !== '') throw new Error('Unbalanced stylesheet');
  return rules;
}

function readDeclarations(body: string): Array<[string, string]> {
  return splitTopLevel(body, ';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim().replace(/\s+/g, ' ')] as [string, string];
    });
}

/** Splits on `separator` outside parentheses (so `:where(a, b)` stays whole). */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let part = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === separator && depth === 0) {
      parts.push(part);
      part = '';
    } else part += char;
  }
  parts.push(part);
  return parts;
}

/** The selectors of a style rule's prelude. */
export const selectorsOf = (rule: CssRule): string[] => splitTopLevel(rule.prelude, ',').map((selector) => selector.trim());

/** A colour scheme, as `color-scheme` selects it. */
export type Scheme = 'light' | 'dark';

/**
 * What a value computes to under one scheme: every `light-dark(a, b)` becomes `a` for light and `b`
 * for dark, as the browser does (nested functions such as `rgb()` inside either side are kept whole).
 */
export function resolveLightDark(value: string, scheme: Scheme): string {
  const opener = 'light-dark(';
  const start = value.indexOf(opener);
  if (start === -1) return value;
  let depth = 1;
  let end = start + opener.length;
  for (; end < value.length && depth > 0; end++) {
    if (value[end] === '(') depth++;
    if (value[end] === ')') depth--;
  }
  if (depth !== 0) throw new Error(`Unclosed light-dark() in ${value}`);
  const args = splitTopLevel(value.slice(start + opener.length, end - 1), ',').map((arg) => arg.trim());
  if (args.length !== 2 || args.some((arg) => arg === '')) throw new Error(`light-dark() needs two colours: ${value}`);
  const chosen = scheme === 'light' ? args[0]! : args[1]!;
  return value.slice(0, start) + resolveLightDark(chosen, scheme) + resolveLightDark(value.slice(end), scheme);
}

/** A selector's specificity as [ids, classes/attributes/pseudo-classes, types/pseudo-elements]. */
export type Specificity = [number, number, number];

const add = (a: Specificity, b: Specificity): Specificity => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];

/** Compares two specificities: negative, zero or positive. */
export const compareSpecificity = (a: Specificity, b: Specificity): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Specificity by Selectors level 4: `:where()` counts nothing; `:is()`, `:not()` and `:has()` count
 * their most specific argument; other pseudo-classes, classes and attributes count as classes.
 * Enough for our stylesheet and the test fixtures (no namespaces, no escaped characters).
 */
export function specificityOf(selector: string): Specificity {
  let total: Specificity = [0, 0, 0];
  let index = 0;
  const readName = () => {
    const start = index;
    while (index < selector.length && /[\w-]/.test(selector[index]!)) index++;
    return selector.slice(start, index);
  };
  const readGroup = (open: string, close: string) => {
    let depth = 0;
    const start = index;
    for (; index < selector.length; index++) {
      if (selector[index] === open) depth++;
      else if (selector[index] === close && --depth === 0) break;
    }
    index++;
    return selector.slice(start + 1, index - 1);
  };
  while (index < selector.length) {
    const char = selector[index]!;
    if (char === '#') {
      index++;
      readName();
      total = add(total, [1, 0, 0]);
    } else if (char === '.') {
      index++;
      readName();
      total = add(total, [0, 1, 0]);
    } else if (char === '[') {
      readGroup('[', ']');
      total = add(total, [0, 1, 0]);
    } else if (char === ':' && selector[index + 1] === ':') {
      index += 2;
      readName();
      total = add(total, [0, 0, 1]);
    } else if (char === ':') {
      index++;
      const name = readName();
      const args = selector[index] === '(' ? readGroup('(', ')') : null;
      if (name === 'where') continue;
      if (args !== null && ['is', 'not', 'has'].includes(name)) {
        const most = splitTopLevel(args, ',').map((arg) => specificityOf(arg.trim())).sort(compareSpecificity).at(-1);
        total = add(total, most ?? [0, 0, 0]);
      } else total = add(total, [0, 1, 0]);
    } else if (/[a-zA-Z]/.test(char)) {
      readName();
      total = add(total, [0, 0, 1]);
    } else index++;
  }
  return total;
}
