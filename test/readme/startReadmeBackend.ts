import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, vi } from 'vitest';
import { createChatProxy, toNodeHandler } from '../../src/server/index';
import { startMockChatServer, type MockChatServer } from '../../src/testing/node/index';
import type { MockScenarioResolver } from '../../src/testing/index';

/** What the README's samples talk to: its `/api/chat` proxy in front of a mock upstream. */
export interface ReadmeBackend {
  /** The upstream the proxy forwards to; its `requests` tell what reached the paid API. */
  upstream: MockChatServer;
  /** The proxy's origin, `http://127.0.0.1:<port>`. */
  origin: string;
  /** What the proxy reported through `onError` (a dropped upstream, say), kept out of the test output. */
  proxyErrors: unknown[];
}

/** An answer long and slow enough to click Stop in while it streams (about 4 s at 30 tokens/s). */
export const slowAnswer = `${'Streaming is under way, token by token. '.repeat(15)}The end.`;

/** Starts the testing kit's mock model on 127.0.0.1, answering with `resolve`; closed after the test. */
export function mockUpstreamForEachTest(): (resolve: MockScenarioResolver) => Promise<MockChatServer> {
  const upstreams: MockChatServer[] = [];
  afterEach(async () => {
    await Promise.all(upstreams.splice(0).map((server) => server.close()));
  });
  return async (resolve) => {
    const upstream = await startMockChatServer({ resolve });
    upstreams.push(upstream);
    return upstream;
  };
}

/**
 * Starts, on 127.0.0.1, the backend the README describes: a `createChatProxy` route at `/api/chat`
 * (mounted with `toNodeHandler`, as in the Vite + Express section) whose upstream is the testing kit's
 * mock server answering with `resolve`. The samples call `fetch('/api/chat')` as a page on that origin
 * would; Node's fetch has no page URL, so the global `fetch` is replaced by the real one with relative
 * URLs resolved against the proxy's origin. Everything is closed and restored after the test.
 */
export function readmeBackendForEachTest(): (resolve: MockScenarioResolver) => Promise<ReadmeBackend> {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    vi.unstubAllGlobals();
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  return async (resolve) => {
    const upstream = await startMockChatServer({ resolve });
    closers.push(() => upstream.close());
    const proxyErrors: unknown[] = [];
    const onError = (error: unknown) => void proxyErrors.push(error);
    const proxy = toNodeHandler(createChatProxy({ apiKey: 'sk-readme-test', baseURL: upstream.url, onError }));
    const server = createServer((req, res) => {
      if (req.url === '/api/chat') return void proxy(req, res);
      res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    closers.push(
      () =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
    );
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      realFetch(typeof input === 'string' ? new URL(input, origin) : input, init),
    );
    return { upstream, origin, proxyErrors };
  };
}
