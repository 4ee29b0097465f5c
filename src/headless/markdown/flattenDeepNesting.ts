/**
 * The deepest a list item or block quote line may be indented, in columns: 20 levels of 2-space
 * lists, 10 of 4-space ones, well past what real documents use.
 */
export const MAX_BLOCK_INDENT = 40;

const TAB_STOP = 4;

// Cheap test for the rare text that needs the line pass: at least 11 leading blanks (which could be
// 41 columns with tabs) before a list or quote marker. Native regex scanning keeps the common case
// at a fraction of a millisecond even on a long message.
const MAY_BE_DEEP = /^[ \t]{11,}(?:[-*+>]|\d)/m;
const BLOCK_MARKER = /^(?:[-*+>]|\d{1,9}[.)])/;
const FENCE = /^(`{3,}|~{3,})/;

function columnsOf(blanks: string): number {
  let columns = 0;
  for (const char of blanks) columns = char === '\t' ? columns + TAB_STOP - (columns % TAB_STOP) : columns + 1;
  return columns;
}

/** Whether `rest` (a line without its indentation) closes a fence opened with `fence`. */
const closesFence = (rest: string, fence: string): boolean =>
  rest.startsWith(fence) && rest.slice(fence.length).replace(new RegExp(`^\\${fence[0]}*`), '').trim() === '';

/**
 * Bounds how deep markdown can nest before it is lexed. marked lexes a list item's content again at
 * every level, so its cost grows with depth × size: a 160 KB answer whose list nests 400 levels took
 * seconds to lex, nearly all of the time to show it. A list or quote line indented past
 * {@link MAX_BLOCK_INDENT} columns is re-indented to that column, so deeper levels become siblings
 * at the deepest allowed one; every word stays. Lines inside fenced code are never touched.
 *
 * Line by line, looking only at earlier lines, so the result for a longer text starts with the
 * result for its prefix and the streaming block cache keeps its finished blocks.
 */
export function flattenDeepNesting(text: string): string {
  if (!MAY_BE_DEEP.test(text)) return text;
  const lines = text.split('\n');
  let fence: string | null = null;
  let changed = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const rest = line.trimStart();
    if (fence !== null) {
      if (closesFence(rest, fence)) fence = null;
      continue;
    }
    const opener = FENCE.exec(rest);
    if (opener) {
      fence = opener[1]!;
      continue;
    }
    if (!BLOCK_MARKER.test(rest)) continue;
    if (columnsOf(line.slice(0, line.length - rest.length)) <= MAX_BLOCK_INDENT) continue;
    lines[index] = ' '.repeat(MAX_BLOCK_INDENT) + rest;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * {@link flattenDeepNesting} for a text that grows by appending, as a streaming message does: the
 * cheap test above matches within one line, so when `text` extends the text of the previous call
 * (the caller knows, having compared them) and that one passed, only the lines from its last line
 * on are tested again. Without this, every token re-scanned the whole message.
 */
export function createNestingFlattener(): (text: string, extendsPrevious: boolean) => string {
  let passed: string | null = null;
  return (text, extendsPrevious) => {
    const from = extendsPrevious && passed !== null ? passed.lastIndexOf('\n') + 1 : 0;
    if (MAY_BE_DEEP.test(from === 0 ? text : text.slice(from))) {
      passed = null;
      return flattenDeepNesting(text);
    }
    passed = text;
    return text;
  };
}
