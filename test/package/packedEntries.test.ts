import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectModuleGraph, hasUseClientDirective } from './collectModuleGraph';
import { installPackedLibrary, packLibrary, removeTemporary, type PackedInstall } from './installPackedLibrary';

// The entries a server (route handler, Server Component, edge function, Node) may import. Only the Node
// test server may reach Node built-ins; the rest must load on edge runtimes, which have none.
const SERVER_SAFE = [
  { label: '/core', specifier: 'react-chat-stream/core', conditions: [], builtins: false },
  { label: '/server', specifier: 'react-chat-stream/server', conditions: [], builtins: false },
  { label: '/ag-ui', specifier: 'react-chat-stream/ag-ui', conditions: [], builtins: false },
  { label: '. under react-server', specifier: 'react-chat-stream', conditions: ['react-server'], builtins: false },
  { label: '/testing', specifier: 'react-chat-stream/testing', conditions: [], builtins: false },
  { label: '/testing/node', specifier: 'react-chat-stream/testing/node', conditions: [], builtins: true },
];
const CLIENT = ['react-chat-stream', 'react-chat-stream/headless', 'react-chat-stream/styled'];
const REACT = /^react(-dom)?($|\/)/;
// esbuild emits a class as `var Name = class ...` or `class Name`, minified or not.
const DEFINES_ERROR = /\bChatStreamError\s*=\s*class\b|\bclass ChatStreamError\b/;

let temporary: string;
let withReact: PackedInstall;
let withoutReact: PackedInstall;

beforeAll(async () => {
  temporary = await mkdtemp(join(tmpdir(), 'rcs-pack-'));
  const tarball = await packLibrary(temporary);
  [withReact, withoutReact] = await Promise.all([installPackedLibrary(tarball, true), installPackedLibrary(tarball, false)]);
  // Without a dist/ (a unit-only run on a fresh clone) packing builds the library first, types included.
}, 240_000);

afterAll(async () => {
  await Promise.all([temporary, withReact?.dir, withoutReact?.dir].filter((dir) => dir !== undefined).map(removeTemporary));
});

describe('the packed library is one module graph', () => {
  it('defines ChatStreamError in exactly one file', async () => {
    const dist = join(withReact.packageDir, 'dist');
    const scripts = (await readdir(dist)).filter((name) => name.endsWith('.js'));
    const defining = [];
    for (const name of scripts) if (DEFINES_ERROR.test(await readFile(join(dist, name), 'utf8'))) defining.push(name);
    expect(defining).toHaveLength(1);
  });

  it('throws, from a store made through the main entry, an error that is instanceof the /core class', async () => {
    const result = await withReact.evaluate<{ same: boolean; status: string; code: string; instance: boolean }>(`
      const main = await import('react-chat-stream');
      const core = await import('react-chat-stream/core');
      const store = main.createChatStore({
        api: 'http://127.0.0.1/v1/chat/completions',
        fetch: async () => new Response('{"error":{"message":"bad key"}}', { status: 401, headers: { 'content-type': 'application/json' } }),
        retry: false,
        throttle: 'sync',
      });
      await store.send('hello');
      const { status, error } = store.getState();
      console.log(JSON.stringify({ same: main.ChatStreamError === core.ChatStreamError, status, code: error?.code, instance: error instanceof core.ChatStreamError }));
    `);
    expect(result).toEqual({ same: true, status: 'error', code: 'http', instance: true });
  });
});

describe.each(SERVER_SAFE)('server-safe entry $label', ({ specifier, conditions, builtins }) => {
  it("reaches no 'use client' module, no React and (unless Node-only) no Node built-in", async () => {
    const graph = await collectModuleGraph(withReact.dir, specifier, conditions);
    expect(graph.files.filter((file) => hasUseClientDirective(file.text)).map((file) => file.path)).toEqual([]);
    expect(graph.externals.filter((name) => REACT.test(name))).toEqual([]);
    if (!builtins) expect(graph.externals.filter((name) => isBuiltin(name))).toEqual([]);
  });

  it('loads in Node with React not installed', async () => {
    const names = await withoutReact.evaluate<string[]>(`console.log(JSON.stringify(Object.keys(await import('${specifier}'))));`, conditions);
    expect(names.length).toBeGreaterThan(0);
  });
});

describe('the react-server condition', () => {
  it("makes '.' export exactly the /core API, without hooks", async () => {
    const script = (specifier: string) => `console.log(JSON.stringify(Object.keys(await import('${specifier}')).sort()));`;
    const server = await withoutReact.evaluate<string[]>(script('react-chat-stream'), ['react-server']);
    const core = await withoutReact.evaluate<string[]>(script('react-chat-stream/core'));
    expect(server).toEqual(core);
    expect(server).toEqual(expect.arrayContaining(['createChatStore', 'ChatStreamError']));
  });
});

describe.each(CLIENT)('React entry %s', (specifier) => {
  it("starts with the 'use client' directive", async () => {
    const graph = await collectModuleGraph(withReact.dir, specifier);
    expect(hasUseClientDirective(graph.entry.text)).toBe(true);
  });
});
