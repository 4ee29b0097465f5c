import { describe, expect, it } from 'vitest';
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
});
