import type { BodyShape } from './applyBodyPolicy.js';

/**
 * The upstream API a proxy holds the key of, which sets how the key is sent, where, and which body
 * fields the cost limits apply to:
 * - `'openai'`: OpenAI Chat Completions, `Authorization: Bearer`, `{baseURL}/chat/completions`
 *   (`https://api.openai.com/v1` by default); the browser speaks `openAIChatProtocol`.
 * - `'openai-responses'`: OpenAI Responses, `Authorization: Bearer`, `{baseURL}/responses`; the browser
 *   speaks `openAIResponsesProtocol`.
 * - `'openai-compatible'`: any server that copies Chat Completions (Groq, Mistral, DeepSeek, OpenRouter,
 *   vLLM, Ollama…), `Authorization: Bearer`, `{baseURL}/chat/completions`; `baseURL` is required.
 * - `'anthropic'`: Anthropic Messages, `x-api-key` and `anthropic-version: 2023-06-01`,
 *   `{baseURL}/v1/messages` (`https://api.anthropic.com` by default); the browser speaks `anthropicProtocol`.
 * - `'gemini'`: the Gemini API, `x-goog-api-key`, `{baseURL}/models/{model}:streamGenerateContent?alt=sse`
 *   (`https://generativelanguage.googleapis.com/v1beta` by default); the model named in the body's
 *   `model` (or the `model` option) is moved into the path. The browser speaks `geminiProtocol`.
 */
export type ChatProxyProvider = 'openai' | 'openai-responses' | 'openai-compatible' | 'anthropic' | 'gemini';

/** The upstream request of one browser request. */
export interface UpstreamTarget {
  url: string;
  body: Record<string, unknown>;
}

/** How the proxy talks to one provider. */
export interface ProviderSpec {
  /** `undefined` when the operator must name the server (`'openai-compatible'`). */
  defaultBaseURL: string | undefined;
  /** The headers that carry the key; set after `options.headers`, so they always win. */
  auth(apiKey: string): Record<string, string>;
  /** Headers set only when `options.headers` does not set them (a newer `anthropic-version`, say). */
  defaults: Record<string, string>;
  /** Which body fields the cost limits apply to. */
  shape: BodyShape;
  /** Where the checked body goes, and what is sent; Gemini takes the model out of the body into the path. */
  target(baseURL: string, body: Record<string, unknown>): UpstreamTarget | { error: string };
}

const bearer = (apiKey: string) => ({ authorization: `Bearer ${apiKey}` });
const chatCompletions: BodyShape = { tokenFields: ['max_completion_tokens', 'max_tokens'], choicesField: 'n', store: true };
const post = (path: string) => (baseURL: string, body: Record<string, unknown>) => ({ url: `${baseURL}${path}`, body });

// A Gemini model name goes into the URL path: only the characters model names use, so the browser
// cannot steer the request to another method or resource (`..`, `/`, `?` and `:` are refused).
const GEMINI_MODEL = /^[\w.-]+$/;

function geminiTarget(baseURL: string, input: Record<string, unknown>): UpstreamTarget | { error: string } {
  const { model, ...body } = input;
  if (model === undefined) return { error: 'Name a model: the Gemini API takes it in the path (set `model` on the proxy, or send `model` in the body).' };
  const name = typeof model === 'string' ? model.replace(/^models\//, '') : '';
  if (!GEMINI_MODEL.test(name) || /^\.+$/.test(name)) return { error: '`model` must be a Gemini model name such as `gemini-2.5-flash`.' };
  return { url: `${baseURL}/models/${name}:streamGenerateContent?alt=sse`, body };
}

/** Every provider the proxy knows; the README's table of providers follows this one. */
export const PROVIDERS: Readonly<Record<ChatProxyProvider, ProviderSpec>> = {
  openai: { defaultBaseURL: 'https://api.openai.com/v1', auth: bearer, defaults: {}, shape: chatCompletions, target: post('/chat/completions') },
  'openai-responses': {
    defaultBaseURL: 'https://api.openai.com/v1',
    auth: bearer,
    defaults: {},
    shape: { tokenFields: ['max_output_tokens'], store: true },
    target: post('/responses'),
  },
  'openai-compatible': { defaultBaseURL: undefined, auth: bearer, defaults: {}, shape: chatCompletions, target: post('/chat/completions') },
  anthropic: {
    defaultBaseURL: 'https://api.anthropic.com',
    auth: (apiKey) => ({ 'x-api-key': apiKey }),
    defaults: { 'anthropic-version': '2023-06-01' },
    shape: { tokenFields: ['max_tokens'], store: false },
    target: post('/v1/messages'),
  },
  gemini: {
    defaultBaseURL: 'https://generativelanguage.googleapis.com/v1beta',
    auth: (apiKey) => ({ 'x-goog-api-key': apiKey }),
    defaults: {},
    shape: { container: 'generationConfig', tokenFields: ['maxOutputTokens'], choicesField: 'candidateCount', store: false },
    target: geminiTarget,
  },
};
