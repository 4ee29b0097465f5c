// Imports name `.js`: Storybook's config loader maps them to the .ts sources (and warns about extensionless ones).
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { liveChatPlugin, readLiveChatProviders, type LiveChatProvider } from './liveChatPlugin.js';
import { scopeReactDocgen } from './scopeReactDocgen.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // A library's dev server has no business phoning home: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig, options) {
    // The proxy lives on the dev server only: a static build has no server to hold the key.
    const live = options?.configType === 'DEVELOPMENT' ? readLiveChatProviders() : {};
    const providers = Object.keys(live) as LiveChatProvider[];
    return mergeConfig({ ...viteConfig, plugins: scopeReactDocgen(viteConfig.plugins) }, {
      // The page learns only which live endpoints exist, never a key, URL or model.
      define: { __LIVE_CHAT_PROVIDERS__: JSON.stringify(providers) },
      plugins: providers.map((provider) => liveChatPlugin(live[provider]!, provider)),
      // Pre-bundled up front, so the story tests' first run is not reloaded by a late optimizer pass.
      optimizeDeps: { include: ['@radix-ui/react-slot', 'eventsource-parser', 'marked', 'zustand/vanilla'] },
    });
  },
};

export default config;
