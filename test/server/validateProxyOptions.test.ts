import { describe, expect, it } from 'vitest';
import { createChatProxy, type ChatProxyOptions } from '../../src/server';

const create = (options: Record<string, unknown>) => () => createChatProxy(options as unknown as ChatProxyOptions);

describe('createChatProxy checks its options at creation', () => {
  it.each([
    ['an empty key', ''],
    ['a blank key', '   '],
    ['an unset environment variable', process.env.REACT_CHAT_STREAM_SURELY_UNSET_KEY],
    ['a key that is not a string', 42],
    ['a key with a line break', 'sk-abc\r\nx-evil: 1'],
  ])('throws a config ChatStreamError naming apiKey for %s, instead of sending "Bearer "', (_name, apiKey) => {
    expect(create({ apiKey, model: 'm' })).toThrow(expect.objectContaining({ name: 'ChatStreamError', code: 'config' }));
    expect(create({ apiKey, model: 'm' })).toThrow(/apiKey/);
  });

  it('does not quote the key it refuses', () => {
    expect(create({ apiKey: 'sk-live-secret\n', model: 'm' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('sk-live-secret') }));
  });

  it.each([
    ['maxBodyBytes', Number.NaN],
    ['maxBodyBytes', 0],
    ['maxTokens', 1.5],
    ['maxChoices', -1],
    ['allowModels', []],
  ])('throws for %s = %s, which would silently disable the limit', (name, value) => {
    expect(create({ apiKey: 'sk-x', model: 'm', [name]: value })).toThrow(new RegExp(name));
  });

  it.each([
    ['an unknown provider', { provider: 'azure' }, /provider.*openai, openai-responses, openai-compatible, anthropic, gemini/],
    ['openai-compatible without baseURL', { provider: 'openai-compatible' }, /baseURL.*required/],
    ['a baseURL that is not a URL', { baseURL: 'api.openai.com/v1' }, /baseURL.*absolute/],
    ['a baseURL of another scheme', { baseURL: 'file:///etc' }, /baseURL.*http/],
    ['a baseURL with a query', { baseURL: 'https://example.com/v1?key=x' }, /query/],
  ])("throws a 'config' ChatStreamError for %s", (_name, options, message) => {
    expect(create({ apiKey: 'sk-x', model: 'm', ...options })).toThrow(expect.objectContaining({ code: 'config', message: expect.stringMatching(message) }));
  });

  it('accepts a well-formed configuration', () => {
    expect(create({ apiKey: 'sk-x', allowModels: ['a'], maxBodyBytes: 10, maxTokens: 5, maxChoices: 2, upstreamTimeoutMs: 0 })).not.toThrow();
    for (const provider of ['anthropic', 'gemini', 'openai-responses']) expect(create({ apiKey: 'sk-x', provider })).not.toThrow();
    expect(create({ apiKey: 'sk-x', provider: 'openai-compatible', baseURL: 'http://127.0.0.1:11434/v1' })).not.toThrow();
  });
});
