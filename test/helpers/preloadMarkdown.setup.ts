import { beforeAll } from 'vitest';
import { preloadMarkdown } from '../../src/headless/markdown/preloadMarkdown';

// StreamingMarkdown loads its lexer on demand and shows plain text until then; the component tests
// check the markdown itself, so the lexer is loaded before any of them renders. The on-demand path has
// its own tests (test/headless/markdown/lazyLexer.test.tsx), which start from a fresh module graph.
beforeAll(async () => {
  if (!(await preloadMarkdown())) throw new Error('the markdown lexer did not load');
});
