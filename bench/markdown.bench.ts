import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median } from './compare';
import { MARKDOWN_SHAPES } from './markdown/markdownShapes';

const TOKENS = 480;
const SIZES = [1_000, 50_000];
const TARGET = 2;

/**
 * Per-token cost of `StreamingMarkdown` (render + commit of one appended token) in a message already
 * 1 KB vs 50 KB long, for prose, a growing code block and a growing table; the target is a 50 KB /
 * 1 KB ratio of at most 2. React DOM runs in jsdom in a child Node process (production React): that
 * measures the JavaScript a token costs (lexing, mending, rendering, reconciling, DOM mutations),
 * which is what can grow with the message; the browser's layout and paint belong to the render bench.
 * Both sizes run in the same interleaved rounds, so the ratios hold on a noisy machine. What still
 * grows with the message is one comparison of the whole text per token (is it the last text plus
 * more?), which first makes V8 copy the text built by `+=` into one piece, as the store builds it.
 */
export async function runMarkdownBench(rounds: number): Promise<string[]> {
  const script = fileURLToPath(new URL('./markdown/measureMarkdownTokens.ts', import.meta.url));
  const env = { ...process.env, NODE_ENV: 'production', MD_TOKENS: String(TOKENS), MD_SIZES: JSON.stringify(SIZES), MD_ROUNDS: String(rounds) };
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', script], { env, maxBuffer: 1 << 24 });
  const results = JSON.parse(stdout) as { shape: string; size: number; samples: number[] }[];
  const perToken = (shape: string, size: number) => median(results.find((r) => r.shape === shape && r.size === size)!.samples);
  const lines = [
    `StreamingMarkdown per token (render + commit, production React DOM in jsdom): ${TOKENS} tokens appended to a 1 KB vs a 50 KB message; median of ${rounds} interleaved rounds; target 50 KB / 1 KB <= ${TARGET}x`,
  ];
  for (const { name } of MARKDOWN_SHAPES) {
    const small = perToken(name, SIZES[0]!);
    const large = perToken(name, SIZES[1]!);
    const ratio = large / small;
    lines.push(
      `  ${name.padEnd(20)} 1 KB ${small.toFixed(1).padStart(7)} us/token   50 KB ${large.toFixed(1).padStart(7)} us/token   ratio ${ratio.toFixed(2)}x  ${ratio <= TARGET ? 'ok' : 'over target'}`,
    );
  }
  return lines;
}
