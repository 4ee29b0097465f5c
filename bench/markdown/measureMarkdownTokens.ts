import { createElement } from 'react';
import { JSDOM } from 'jsdom';
import { MARKDOWN_SHAPES, type MarkdownShape } from './markdownShapes';

// Run as its own process by markdown.bench.ts (with NODE_ENV=production, so React is its production
// build): React DOM decides at load time whether it has a DOM, so jsdom's globals must exist before
// it is imported, and they must not leak into the other benches.
const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Element', 'Text', 'Event', 'MutationObserver'] as const) {
  Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
}
const { flushSync } = await import('react-dom');
const { createRoot } = await import('react-dom/client');
const { StreamingMarkdown } = await import('../../src/headless/markdown/StreamingMarkdown');
// The lexer loads on demand; without it every token would render (and be timed) as plain text.
const { preloadMarkdown } = await import('../../src/headless/markdown/preloadMarkdown');
if (!(await preloadMarkdown())) throw new Error('the markdown lexer did not load');

const TOKENS = Number(process.env.MD_TOKENS);
const SIZES = JSON.parse(process.env.MD_SIZES!) as number[];
const rounds = Number(process.env.MD_ROUNDS);
const WARMUP_TOKENS = 16;

/** Microseconds per token: each token is rendered and committed on its own (flushSync), as a flush per frame does. */
function sample(shape: MarkdownShape, size: number): number {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  let text = shape.base(size);
  const show = () => flushSync(() => root.render(createElement(StreamingMarkdown, { text, streaming: true })));
  show();
  // A few untimed tokens, then a collection: the garbage of mounting a 50 KB message is the mount's
  // cost, not the tokens', and would otherwise be collected during the first timed ones.
  for (let index = 0; index < WARMUP_TOKENS; index++) {
    text += shape.token(index);
    show();
  }
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  for (let index = WARMUP_TOKENS; index < WARMUP_TOKENS + TOKENS; index++) {
    text += shape.token(index);
    show();
  }
  const perToken = ((performance.now() - start) * 1000) / TOKENS;
  root.unmount();
  container.remove();
  return perToken;
}

const cases = MARKDOWN_SHAPES.flatMap((shape) => SIZES.map((size) => ({ shape, size, samples: [] as number[] })));
const warmup = 2;
for (let round = -warmup; round < rounds; round++) {
  // Rotated order each round, so the machine's noise falls on every case alike.
  for (let offset = 0; offset < cases.length; offset++) {
    const c = cases[(round + warmup + offset) % cases.length]!;
    const perToken = sample(c.shape, c.size);
    if (round >= 0) c.samples.push(perToken);
  }
}
process.stdout.write(JSON.stringify(cases.map(({ shape, size, samples }) => ({ shape: shape.name, size, samples }))));
