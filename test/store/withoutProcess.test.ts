import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatStoreOptions } from '../../src/store/ChatStoreOptions';

// A page that loads the library without a bundler has no `process`; a development-only check must not
// turn that into a ReferenceError. The store is bundled as is (no `process.env.NODE_ENV` replaced) and
// run in a fresh context that lacks `process`, as a browser's global scope does.
let createChatStore: (options: ChatStoreOptions) => unknown;

beforeAll(async () => {
  const result = await build({
    entryPoints: ['src/store/createChatStore.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'library',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const context: { library?: { createChatStore: typeof createChatStore } } = {};
  runInNewContext(result.outputFiles[0]!.text, context);
  createChatStore = context.library!.createChatStore;
});

describe('the store in a global scope without process', () => {
  it('has no process there, so the check below runs as it would in a browser', () => {
    expect(runInNewContext('typeof process', {})).toBe('undefined');
  });

  it('creates a chat', () => {
    expect(createChatStore({ api: '/api/chat' })).toHaveProperty('send');
  });

  it('still rejects invalid options, with the production message', () => {
    let error: unknown;
    try {
      createChatStore({ api: '' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ name: 'ChatStreamError', code: 'config', message: 'The chat option `api` is invalid; got "".' });
  });
});
