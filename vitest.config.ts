import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { findChromium } from './scripts/findChromium.js';
import { packageAliases } from './test/readme/packageAliases';

// `npm test` runs scripts/check-chromium.ts first, which installs a browser when this finds none.
const chromium = findChromium()?.path;

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
