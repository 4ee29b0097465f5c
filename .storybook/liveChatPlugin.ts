import type { Plugin } from 'vite';
import { createChatProxy } from '../src/server/createChatProxy.js';
import { toNodeHandler } from '../src/server/toNodeHandler.js';

/** The upstream APIs the "Live" story can reach, each through its own route on the dev server. */
export type LiveChatProvider = 'openai' | 'anthropic' | 'gemini';

/** Where the "Live" story posts for each provider; only the Storybook dev server answers them. */
export const LIVE_CHAT_PATHS: Readonly<Record<LiveChatProvider, string>> = {
  openai: '/api/live-chat',
  anthropic: '/api/live-anthropic',
  gemini: '/api/live-gemini',
};

/** The OpenAI route, the first there was (kept for the tests and bookmarks that name it). */
export const LIVE_CHAT_PATH = LIVE_CHAT_PATHS.openai;

/** The settings of one live endpoint, read from the environment Storybook runs in. */
export interface LiveChatEnv {
  apiKey: string;
  baseURL?: string;
  model: string;
}

/** The configured providers: only those whose key is set. */
export type LiveChatProviders = Partial<Record<LiveChatProvider, LiveChatEnv>>;

// Each provider's variables and a small default model: the proxy must name one when the browser does not.
const VARIABLES: Record<LiveChatProvider, { key: readonly string[]; baseURL: string; model: string; defaultModel: string }> = {
  openai: { key: ['OPENAI_API_KEY'], baseURL: 'OPENAI_BASE_URL', model: 'OPENAI_MODEL', defaultModel: 'gpt-4o-mini' },
  anthropic: { key: ['ANTHROPIC_API_KEY'], baseURL: 'ANTHROPIC_BASE_URL', model: 'ANTHROPIC_MODEL', defaultModel: 'claude-haiku-4-5' },
  gemini: { key: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'], baseURL: 'GEMINI_BASE_URL', model: 'GEMINI_MODEL', defaultModel: 'gemini-2.5-flash' },
};

function readProvider(provider: LiveChatProvider, env: NodeJS.ProcessEnv): LiveChatEnv | undefined {
  const names = VARIABLES[provider];
  const apiKey = names.key.map((name) => env[name]?.trim()).find(Boolean);
  if (!apiKey) return undefined;
  return { apiKey, baseURL: env[names.baseURL]?.trim() || undefined, model: env[names.model]?.trim() || names.defaultModel };
}

/** The OpenAI endpoint's settings, or `undefined` when `OPENAI_API_KEY` is not set. */
export function readLiveChatEnv(env: NodeJS.ProcessEnv = process.env): LiveChatEnv | undefined {
  return readProvider('openai', env);
}

/**
 * Every provider whose key is set: `OPENAI_API_KEY`, `ANTHROPIC_API_KEY`, `GEMINI_API_KEY` (or
 * `GOOGLE_API_KEY`), each with an optional `<PROVIDER>_BASE_URL` and `<PROVIDER>_MODEL`.
 */
export function readLiveChatProviders(env: NodeJS.ProcessEnv = process.env): LiveChatProviders {
  const providers: LiveChatProviders = {};
  for (const provider of Object.keys(VARIABLES) as LiveChatProvider[]) {
    const settings = readProvider(provider, env);
    if (settings) providers[provider] = settings;
  }
  return providers;
}

/**
 * A Vite plugin that mounts `createChatProxy` for one provider on the dev server at its
 * {@link LIVE_CHAT_PATHS} route: the browser posts there and the key is added here, in Node, so it
 * never reaches the page or the built bundle. The model is pinned to `env.model`, with the proxy's
 * default limits (1 MiB bodies, one choice).
 */
export function liveChatPlugin(env: LiveChatEnv, provider: LiveChatProvider = 'openai'): Plugin {
  const handler = toNodeHandler(createChatProxy({ provider, apiKey: env.apiKey, baseURL: env.baseURL, model: env.model }));
  return {
    name: `react-chat-stream:live-chat:${provider}`,
    configureServer(server) {
      // toNodeHandler answers every failure itself (400, 500) and never rejects.
      server.middlewares.use(LIVE_CHAT_PATHS[provider], (req, res) => void handler(req, res));
    },
  };
}
