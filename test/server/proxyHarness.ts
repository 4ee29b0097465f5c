import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterEach, beforeEach, expect } from 'vitest';
import { createChatProxy, toNodeHandler, type ChatProxyOptions } from '../../src/server';
import type { NodeHandlerOptions } from '../../src/server/toNodeHandler';

/** A proxy under test, mounted with `toNodeHandler` on a real `node:http` server on 127.0.0.1. */
export interface ProxyUnderTest {
  /** `http://127.0.0.1:<port>/api/chat`. */
  url: string;
  port: number;
  server: Server;
}

/** The key every proxy test holds: long and shaped like an OpenAI project key, so masked forms are realistic. */
export const TEST_KEY = `sk-proj-${'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z'.repeat(4)}T7wz`;

/** Headers of a well-formed JSON POST, as the chat store sends it. */
export const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/**
 * Returns `startProxy(baseURL, options)`, which mounts `createChatProxy` (holding {@link TEST_KEY}) with
 * `toNodeHandler` on a real server, closing every server after each test.
 */
export function proxyForEachTest() {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(
      servers.splice(0).map(
        (server) =>
          new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      ),
    );
  });
  return async (
    upstreamURL: string,
    options: Partial<ChatProxyOptions> = {},
    nodeOptions: NodeHandlerOptions = {},
  ): Promise<ProxyUnderTest> => {
    const handler = toNodeHandler(createChatProxy({ apiKey: TEST_KEY, baseURL: `${upstreamURL}/v1`, model: 'gpt-test', ...options }), nodeOptions);
    const server = createServer((req, res) => void handler(req, res));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/api/chat`, port, server };
  };
}

/**
 * Writes `head` (request line and headers, `\r\n`-separated, without the blank line) and `body` on a raw
 * socket, so requests that `fetch` refuses to send can be sent, and resolves with everything the server
 * answered once it closes the connection.
 */
export function sendRaw(port: number, head: string, body = ''): Promise<string> {
  return exchangeRaw(port, `${head}\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/**
 * Writes `bytes` exactly as given on a raw socket, without ending it (so a request can promise more body
 * than it sends), and resolves with everything the server answered once the server closes the connection.
 */
export function exchangeRaw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.write(bytes);
  });
}

/** The status code of a raw HTTP response, or 0 when the server closed without answering. */
export function statusOf(raw: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? 0);
}

/**
 * Fails the test when the process saw an unhandled rejection or an uncaught exception while it ran:
 * either one exits Node by default, so a proxy that causes one can be taken down by a single request.
 */
export function failOnProcessErrors(): void {
  const seen: unknown[] = [];
  const record = (reason: unknown) => void seen.push(reason);
  beforeEach(() => {
    seen.length = 0;
    process.on('unhandledRejection', record);
    process.on('uncaughtException', record);
  });
  afterEach(() => {
    process.off('unhandledRejection', record);
    process.off('uncaughtException', record);
    expect(seen).toEqual([]);
  });
}
