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
  ])('throws a TypeError naming apiKey for %s, instead of sending "Bearer "', (_name, apiKey) => {
    expect(create({ apiKey, model: 'm' })).toThrow(TypeError);
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

  it('accepts a well-formed configuration', () => {
    expect(create({ apiKey: 'sk-x', allowModels: ['a'], maxBodyBytes: 10, maxTokens: 5, maxChoices: 2, upstreamTimeoutMs: 0 })).not.toThrow();
  });
});
