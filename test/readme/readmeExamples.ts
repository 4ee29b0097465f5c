import { readFileSync } from 'node:fs';

/** One fenced code block of a markdown file. */
export interface FencedBlock {
  /** The info string's first word (`tsx`, `sh`, or `''`). */
  lang: string;
  /** The text between the fences, ending with a newline, as a file holding it would. */
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The `examples/...` path named by an `<!-- example: path -->` line right above the fence, if any. */
  example: string | undefined;
}

/** Languages whose blocks must be runnable files; shell, text, CSS and JSON blocks are prose. */
export const CODE_LANGS = new Set(['ts', 'tsx', 'mts', 'cts', 'typescript', 'js', 'jsx', 'mjs', 'cjs', 'javascript']);

const MARKER = /^<!--\s*example:\s*(\S+)\s*-->$/;

/**
 * Reads the fenced blocks of a CommonMark document: a fence is three or more backticks or tildes at
 * the start of a line (up to three spaces of indent), closed by a fence of the same character at least
 * as long. An unclosed fence runs to the end of the document, as CommonMark says.
 */
export function readFencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n');
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length; i++) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[i]!);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      body.push(lines[i]!);
    }
    let above = start - 1;
    while (above >= 0 && lines[above]!.trim() === '') above--;
    const marker = above >= 0 ? MARKER.exec(lines[above]!.trim()) : null;
    blocks.push({ lang: open[2]!.toLowerCase(), code: body.map((line) => `${line}\n`).join(''), line: start + 1, example: marker?.[1] });
  }
  return blocks;
}

/** README.md's text. */
export const readReadme = () => readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The text of a file named relative to the repository root. */
export const readRepoFile = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
