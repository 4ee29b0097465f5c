import type { Plugin } from 'vite';
import { createChatProxy } from '../src/server/createChatProxy.js';
import { toNodeHandler } from '../src/server/toNodeHandler.js';

/** Where the "Live" story posts; only the Storybook dev server answers it. */
export const LIVE_CHAT_PATH = '/api/live-chat';

/** The settings of the live endpoint, read from the environment Storybook runs in. */
export interface LiveChatEnv {
  apiKey: string;
  baseURL?: string;
  model: string;
}

/**
 * The live endpoint's settings, or `undefined` when `OPENAI_API_KEY` is not set. The model defaults to
 * a small one because the proxy must name one when the browser does not.
 */
export function readLiveChatEnv(env: NodeJS.ProcessEnv = process.env): LiveChatEnv | undefined {
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey) return undefined;
  return { apiKey, baseURL: env.OPENAI_BASE_URL?.trim() || undefined, model: env.OPENAI_MODEL?.trim() || 'gpt-4o-mini' };
}

/**
 * A Vite plugin that mounts `createChatProxy` on the dev server at {@link LIVE_CHAT_PATH}: the browser
 * posts there and the key is added here, in Node, so it never reaches the page or the built bundle.
 * The model is pinned to `env.model`, with the proxy's default limits (1 MiB bodies, one choice).
 */
export function liveChatPlugin(env: LiveChatEnv): Plugin {
  const handler = toNodeHandler(createChatProxy({ apiKey: env.apiKey, baseURL: env.baseURL, model: env.model }));
  return {
    name: 'react-chat-stream:live-chat',
    configureServer(server) {
      // toNodeHandler answers every failure itself (400, 500) and never rejects.
      server.middlewares.use(LIVE_CHAT_PATH, (req, res) => void handler(req, res));
    },
  };
}
