// Imports name `.js`: Storybook's config loader maps them to the .ts sources (and warns about extensionless ones).
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { liveChatPlugin, readLiveChatEnv } from './liveChatPlugin.js';
import { scopeReactDocgen } from './scopeReactDocgen.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // A library's dev server has no business phoning home: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig, options) {
    // The proxy lives on the dev server only: a static build has no server to hold the key.
    const live = options?.configType === 'DEVELOPMENT' ? readLiveChatEnv() : undefined;
    return mergeConfig({ ...viteConfig, plugins: scopeReactDocgen(viteConfig.plugins) }, {
      // The page learns only whether the live endpoint exists, never the key, URL or model.
      define: { __LIVE_CHAT_ENABLED__: JSON.stringify(live !== undefined) },
      plugins: live ? [liveChatPlugin(live)] : [],
      // Pre-bundled up front, so the story tests' first run is not reloaded by a late optimizer pass.
      optimizeDeps: { include: ['@radix-ui/react-slot', 'eventsource-parser', 'marked', 'zustand/vanilla'] },
    });
  },
};

export default config;
