import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { findChromium } from './scripts/findChromium.js';
import { packageAliases } from './test/readme/packageAliases.js';

// `npm test` runs scripts/check-chromium.ts first, which installs a browser when this finds none.
const chromium = findChromium()?.path;

// React 18.3 lives in its own package (test/react18) so the same component tests run on 18 and 19.
const react18 = fileURLToPath(new URL('./test/react18/node_modules/', import.meta.url));

export default defineConfig({
  // The README's samples import the package by name; the tests run them against src/.
  resolve: { alias: packageAliases },
  test: {
    // Timeouts only stop a hung test; nothing here is timing-based. CI machines are shared and slow, and
    // the byte-offset sweeps take seconds there, so the 5 s default would turn load into failures.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx', 'src/**/*.test.tsx'],
          provide: { reactMajor: '19' },
          // Markdown's lexer loads on demand; the component tests render with it already loaded.
          setupFiles: ['test/helpers/preloadMarkdown.setup.ts'],
        },
      },
      {
        extends: true,
        // Every `react`/`react-dom` specifier, subpaths included, goes to 18.3; its react-dom then finds
        // that same react next to it, so there is one React in the graph.
        resolve: {
          alias: [
            { find: /^react(-dom)?(\/.*)?$/, replacement: `${react18}react$1$2` },
            // Testing Library's CommonJS main would require() React 19 past Vite; its ESM build is transformed.
            { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
          ],
        },
        test: {
          name: 'react18',
          environment: 'jsdom',
          include: ['test/{react,headless,styled,readme}/**/*.test.tsx', 'test/tooling/reactVersion.test.tsx'],
          provide: { reactMajor: '18' },
          setupFiles: ['test/helpers/preloadMarkdown.setup.ts'],
          // Dependencies that import React are transformed by Vite (not loaded by Node) so the alias reaches them.
          server: { deps: { inline: [/@testing-library\/react/, /@radix-ui\//, /virtua/] } },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            // The browser findChromium picked (a system Chrome/Chromium or Playwright's own download).
            provider: playwright({
              launchOptions: {
                executablePath: chromium,
                args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
