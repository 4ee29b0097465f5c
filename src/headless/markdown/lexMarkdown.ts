import { Lexer, type Links, type Token, type Tokens, type TokensList } from 'marked';

// marked registers every `[label]: url` definition it meets in the lexer's link table before it
// tokenises inline content. The streaming renderer decides itself which definitions a block may see
// (only finished ones while streaming, so a half-typed URL is never baked into a finished block), so
// the table handed to marked ignores writes.
const IGNORE_WRITES: ProxyHandler<Links> = {
  set: () => true,
  defineProperty: () => true,
  deleteProperty: () => true,
};

// marked recurses once per nested block quote or list and overflows the stack, slowly, a few
// thousand levels down. No real document nests 64 containers on one line, so such a line marks the
// text as hostile and it is shown literally instead of being handed to marked. (A long `- - - -`
// line is a thematic break, not nesting, and is left alone.)
const DEEP_NESTING = /^(?![-*_ \t]*$)(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))){64}/m;

function tryLex(source: string, links: Links | undefined): TokensList | null {
  if (DEEP_NESTING.test(source)) return null;
  // Fresh options per call: marked stores its tokenizer on the options object, and the app's global
  // `marked.use()` configuration (extensions, hooks) must not leak into untrusted-content rendering.
  const lexer = new Lexer({ gfm: true });
  if (links !== undefined) lexer.tokens.links = new Proxy(links, IGNORE_WRITES);
  try {
    return lexer.lex(source);
  } catch {
    return null;
  }
}

function literalParagraph(source: string): Tokens.Paragraph {
  const text: Tokens.Text = { type: 'text', raw: source, text: source, escaped: true };
  return { type: 'paragraph', raw: source, text: source, tokens: [text] };
}

/**
 * Tokenises GitHub-flavoured markdown with marked. With `links`, reference links resolve against
 * those definitions only; without, against every definition in `source` (a whole-document lex).
 * The returned list's `links` holds the definitions used.
 *
 * Never throws: marked 18 crashes on a few malformed inputs (for example `"- b\n  >2)\nv"`), and
 * model output must not be able to take the page down. On a crash the source is lexed again in
 * pieces split at blank lines, and a piece that still fails is shown as one literal paragraph, so
 * the damage stays local.
 */
export function lexMarkdown(source: string, links?: Links): TokensList {
  const whole = tryLex(source, links);
  if (whole !== null) return whole;
  const tokens: Token[] = [];
  const found: Links = Object.create(null) as Links;
  // The capture group keeps the blank-line separators, so the pieces' raws still add up to `source`.
  for (const piece of source.split(/(\n[ \t]*\n)/)) {
    if (piece === '') continue;
    if (piece.trim() === '') {
      tokens.push({ type: 'space', raw: piece });
      continue;
    }
    const lexed = tryLex(piece, links);
    tokens.push(...(lexed ?? [literalParagraph(piece)]));
    // First definition of a label wins, as in a whole-document lex.
    if (lexed !== null && links === undefined) Object.assign(found, lexed.links, { ...found });
  }
  return Object.assign(tokens, { links: links ?? found });
}

/**
 * Adds the link reference definitions found in `token` (also inside block quotes and list items)
 * to `links`, keeping the first definition of a label as CommonMark does. Returns whether any was new.
 */
export function collectDefinitions(token: Token, links: Links): boolean {
  if (token.type === 'def') {
    const def = token as Tokens.Def;
    if (Object.hasOwn(links, def.tag)) return false;
    links[def.tag] = { href: def.href, title: def.title };
    return true;
  }
  let children: readonly Token[] = [];
  if (token.type === 'blockquote') children = (token as Tokens.Blockquote).tokens;
  else if (token.type === 'list') children = (token as Tokens.List).items.flatMap((item) => item.tokens);
  let added = false;
  for (const child of children) added = collectDefinitions(child, links) || added;
  return added;
}
