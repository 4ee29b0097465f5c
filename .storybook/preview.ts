import type { Preview } from '@storybook/react-vite';
import { preloadMarkdown } from '../src/headless/markdown/preloadMarkdown';

const preview: Preview = {
  tags: ['autodocs'],
  // Markdown's lexer loads on demand; stories (and their play tests) show the rendered markdown from
  // the first frame, as an app that preloads it does.
  loaders: [async () => ({ markdownReady: await preloadMarkdown() })],
  parameters: {
    // Accessibility violations fail the story tests, not just show in the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
