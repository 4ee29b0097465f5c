import { ChatStreamError } from '../sse/ChatStreamError.js';
import { PROVIDERS } from './chatProxyProviders.js';
import type { ChatProxyOptions } from './ChatProxyOptions.js';

function fail(message: string): never {
  throw new ChatStreamError('config', `createChatProxy: ${message}`);
}

function checkBaseURL(options: ChatProxyOptions): void {
  const provider = options.provider ?? 'openai';
  if (!Object.hasOwn(PROVIDERS, provider)) fail(`\`provider\` must be one of ${Object.keys(PROVIDERS).join(', ')}, got ${String(provider)}.`);
  const baseURL: unknown = options.baseURL;
  if (baseURL === undefined) {
    if (PROVIDERS[provider].defaultBaseURL === undefined) fail(`\`baseURL\` is required with provider '${provider}'.`);
    return;
  }
  let url: URL | undefined;
  try {
    url = typeof baseURL === 'string' ? new URL(baseURL) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) fail('`baseURL` must be an absolute http(s) URL.');
  // A query or fragment would end up before the path the proxy appends.
  if (url.search !== '' || url.hash !== '') fail('`baseURL` must not have a query or a fragment.');
}

function checkPositiveInteger(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value > 0)) fail(`\`${name}\` must be a positive integer, got ${String(value)}.`);
}

/**
 * Throws a `ChatStreamError` with code `'config'` naming the option when `createChatProxy` is
 * misconfigured (a missing or blank `apiKey` above all, an unknown `provider`, a `baseURL` that is not a
 * URL), so a mistake fails at start-up instead of on a user's request or, worse, by silently disabling a
 * limit (a `NaN` cap compares false with everything).
 */
export function validateProxyOptions(options: ChatProxyOptions): void {
  const key: unknown = options.apiKey;
  // An unset environment variable would otherwise go upstream as `Bearer undefined` or `Bearer `.
  if (typeof key !== 'string' || key.trim() === '') fail('`apiKey` is missing or blank; is the environment variable set?');
  // Never quote the key: this message ends up in logs.
  if (!/^[\x21-\x7e]+$/.test(key)) fail('`apiKey` contains spaces, line breaks or other characters a header cannot carry; trim it.');
  checkBaseURL(options);
  checkPositiveInteger('maxBodyBytes', options.maxBodyBytes);
  checkPositiveInteger('maxTokens', options.maxTokens);
  checkPositiveInteger('maxChoices', options.maxChoices);
  const timeout = options.upstreamTimeoutMs;
  if (timeout !== undefined && !(typeof timeout === 'number' && timeout >= 0)) {
    fail(`\`upstreamTimeoutMs\` must be a number of milliseconds (0 or Infinity to disable), got ${String(timeout)}.`);
  }
  if (options.allowModels !== undefined && (!Array.isArray(options.allowModels) || options.allowModels.length === 0)) {
    fail('`allowModels` must be a non-empty list of model names.');
  }
}
