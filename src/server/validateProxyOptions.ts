import type { ChatProxyOptions } from './ChatProxyOptions.js';

function fail(message: string): never {
  throw new TypeError(`createChatProxy: ${message}`);
}

function checkPositiveInteger(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value > 0)) fail(`\`${name}\` must be a positive integer, got ${String(value)}.`);
}

/**
 * Throws a `TypeError` naming the option when `createChatProxy` is misconfigured (a missing or blank
 * `apiKey` above all), so a mistake fails at start-up instead of on a user's request or, worse, by
 * silently disabling a limit (a `NaN` cap compares false with everything).
 */
export function validateProxyOptions(options: ChatProxyOptions): void {
  const key: unknown = options.apiKey;
  // An unset environment variable would otherwise go upstream as `Bearer undefined` or `Bearer `.
  if (typeof key !== 'string' || key.trim() === '') fail('`apiKey` is missing or blank; is the environment variable set?');
  // Never quote the key: this message ends up in logs.
  if (!/^[\x21-\x7e]+$/.test(key)) fail('`apiKey` contains spaces, line breaks or other characters a header cannot carry; trim it.');
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
