import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import { createChatStore } from '../../src/store/createChatStore';
import type { ChatStoreOptions } from '../../src/store/ChatStoreOptions';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('createChatStore options check', () => {
  it.each([[''], ['   '], [undefined], [42]])('rejects api %j at creation with a config error', (api) => {
    const error = thrown(() => createChatStore({ api } as unknown as ChatStoreOptions));
    expect(error).toBeInstanceOf(ChatStreamError);
    expect(error).toMatchObject({ code: 'config', retryable: false });
    expect((error as Error).message).toMatch(/`api`/);
  });

  it('rejects an empty api given later through setOptions, keeping the old one', () => {
    const store = createChatStore({ api: '/api/chat' });
    expect(thrown(() => store.setOptions({ api: '' }))).toMatchObject({ code: 'config' });
    expect(store.getOptions().api).toBe('/api/chat');
  });

  it.each([[0], [-1], [Number.NaN]])('rejects maxEventBytes %s', (maxEventBytes) => {
    expect(thrown(() => createChatStore({ api: '/api/chat', maxEventBytes }))).toMatchObject({ code: 'config' });
  });

  describe('the message', () => {
    afterEach(() => vi.unstubAllEnvs());

    it('explains the rule in development', () => {
      expect(thrown(() => createChatStore({ api: '/api/chat', whenBusy: 'later' as 'queue' }))).toMatchObject({
        message: "The chat option `whenBusy` must be 'interrupt' or 'queue'; got \"later\".",
      });
    });

    it('still names the option and the value in production, where the rules are left out', () => {
      vi.stubEnv('NODE_ENV', 'production');
      expect(thrown(() => createChatStore({ api: '/api/chat', maxSteps: 0 }))).toMatchObject({
        code: 'config',
        message: 'The chat option `maxSteps` is invalid; got 0.',
      });
    });
  });
});
