import { afterEach } from 'vitest';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Handles one request of a {@link TestServer}; it may be async and write over time. */
export type TestHandler = (req: IncomingMessage, res: ServerResponse, index: number) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 for tests that need real sockets and the real global fetch. */
export interface TestServer {
  /** Base URL, `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** How many requests the server has received so far. */
  readonly requests: number;
  /**
   * One promise per request, in arrival order, resolving when that response is closed: after it ended
   * normally, or when the client went away (abort, timeout) before it ended. Await `closed[i]` in an
   * abort test whose handler never ends the response to prove the client released the connection.
   */
  readonly closed: Promise<void>[];
  /** The request bodies, in arrival order, as text. */
  readonly bodies: string[];
  /** Stops the server, destroying open connections (keep-alive included). Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts a {@link TestServer} on a free port of 127.0.0.1. `handler` receives each request with its
 * 0-based `index`, so a test can answer the first try differently from a retry. The request body is
 * read before `handler` runs. If `handler` throws, the socket is destroyed, which the client sees as a
 * network failure and the test as a failed expectation.
 */
export async function startTestServer(handler: TestHandler): Promise<TestServer> {
  const closed: Promise<void>[] = [];
  const bodies: string[] = [];
  let requests = 0;

  const server = createServer((req, res) => {
    const index = requests++;
    closed.push(new Promise<void>((resolve) => res.once('close', () => resolve())));
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      bodies[index] = Buffer.concat(chunks).toString('utf8');
      Promise.resolve()
        .then(() => handler(req, res, index))
        .catch((error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))));
    });
  });
  // A test server that crashed on a destroyed socket would hide the real failure.
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    closed,
    bodies,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * Returns a `serve(handler)` that starts a {@link TestServer} and registers an `afterEach` that closes
 * every server the test started, so a failing test never leaks a listening socket into the next one.
 * Call it once at the top of a test file.
 */
export function serveForEachTest(): (handler: TestHandler) => Promise<TestServer> {
  const started: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close()));
  });
  return async (handler) => {
    const server = await startTestServer(handler);
    started.push(server);
    return server;
  };
}
