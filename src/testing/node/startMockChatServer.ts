import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockErrorBody } from '../createMockErrorBody';
import { toMockWireFormat, type MockWireFormat } from '../formats/MockWireFormat';
import { createMockStreamPlan } from '../createMockStreamPlan';
import type { MockChatOptions } from '../createMockChatFetch';
import { createMockChatRequest, resolveMockScenario } from '../MockChatRequest';
import type { MockChatRequest, MockScenarioResolver } from '../MockChatRequest';
import type { MockScenario } from '../MockScenario';
import { playMockResponse, type StopMockResponse } from './playMockResponse';

/** How a served response ended: still going, finished, dropped on purpose, or closed by one side. */
export type MockServerOutcome = 'streaming' | 'completed' | 'dropped' | 'client-closed' | 'server-closed';

/** A chat request the server answered. */
export interface MockServerRequest extends MockChatRequest {
  method: string;
  headers: IncomingHttpHeaders;
  /**
   * The scenario it was answered with (`defaults` applied; for a scenario with `steps`, the step played
   * over the shared fields); a failing resolver gives a 500 `'http'` fault.
   */
  scenario: MockScenario;
  /** The index of the step played, when the scenario has `steps`. */
  step?: number;
  /** Updated when the response ends. */
  outcome: MockServerOutcome;
  /** Settles with the final outcome once the connection of this response is done with. */
  closed: Promise<MockServerOutcome>;
}

/** Options of {@link startMockChatServer}: a fixed `scenario` or a `resolve` function, and where to listen. */
export type MockChatServerOptions = MockChatOptions & {
  /** Default: 0, a free port. */
  port?: number;
  /** Default: `'127.0.0.1'`. */
  host?: string;
} & ({ scenario: MockScenario; resolve?: undefined } | { resolve: MockScenarioResolver; scenario?: undefined });

/** A running mock server. */
export interface MockChatServer {
  /**
   * The OpenAI-style API base, for example `http://127.0.0.1:53124/v1`: append `/chat/completions` or
   * `/responses`, or pass as the `openai` client's `baseURL`.
   */
  url: string;
  /** The server's origin, for example `http://127.0.0.1:53124`: the `baseURL` of the Anthropic and Gemini clients. */
  origin: string;
  /** Where to POST in the server's format, for example `http://127.0.0.1:53124/v1/messages` for Anthropic. */
  endpoint: string;
  port: number;
  /** Every chat request answered so far, oldest first. */
  requests: MockServerRequest[];
  /** Stops listening, stops every timer and closes open connections (stalled ones included). */
  close(): Promise<void>;
}

function setCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  // Echoing the origin rather than `*` keeps credentialed requests working too.
  res.setHeader('access-control-allow-origin', origin ?? '*');
  res.setHeader('vary', 'origin');
  res.setHeader('access-control-allow-methods', 'POST, OPTIONS');
  res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*');
  res.setHeader('access-control-expose-headers', '*');
  res.setHeader('access-control-max-age', '600');
}

// The paths a provider's clients post to; the AI SDK and AG-UI have app-defined routes, so any path goes.
const ROUTES: Record<MockWireFormat, RegExp | undefined> = {
  'openai-chat': /^\/v1\/chat\/completions$/,
  'openai-responses': /^\/v1\/responses$/,
  anthropic: /^\/v1\/messages$/,
  gemini: /^\/v1(?:beta)?\/models\/[^/]+:streamGenerateContent$/,
  'ai-sdk-ui': undefined,
  'ag-ui': undefined,
};

const ENDPOINTS: Record<MockWireFormat, string> = {
  'openai-chat': '/v1/chat/completions',
  'openai-responses': '/v1/responses',
  anthropic: '/v1/messages',
  gemini: '/v1beta/models/mock-model:streamGenerateContent?alt=sse',
  'ai-sdk-ui': '/api/chat',
  'ag-ui': '/agent',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

/**
 * Starts a real HTTP server that answers chat requests with mock streams in `options.format`, for
 * end-to-end tests, the Storybook dev server or an app pointed at it. It answers `POST` on the path that
 * format's clients use: `/v1/chat/completions` (the default, `'openai-chat'`), `/v1/responses`,
 * `/v1/messages` (Anthropic), `/v1beta/models/{model}:streamGenerateContent` (Gemini), or any path for
 * the AI SDK and AG-UI, whose routes are the app's; `endpoint` names one. A scenario with `steps`
 * answers each request of an agent turn with the step its tool results have reached. The bytes and timing are those of
 * `createMockChatFetch` for the same scenario and format; a `'drop'` fault kills the socket, a `'stall'`
 * holds it open. CORS is open, so a page served from another port can call it. Other requests get a 404
 * JSON error.
 *
 * Bounded: a response's timers stop as soon as its client disconnects, and `close()` ends everything.
 * Node only: import it from `react-chat-stream/testing/node`.
 */
export async function startMockChatServer(options: MockChatServerOptions): Promise<MockChatServer> {
  const source = options.resolve ?? options.scenario;
  const format = toMockWireFormat(options.format);
  const host = options.host ?? '127.0.0.1';
  const requests: MockServerRequest[] = [];
  const stops = new Set<StopMockResponse>();
  let closing = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCors(req, res);
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const route = ROUTES[format];
    if (req.method !== 'POST' || (route !== undefined && !route.test(path ?? ''))) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return void res.end(createMockErrorBody(404, `No mock route for ${req.method ?? ''} ${path ?? ''}.`));
    }
    const chat = createMockChatRequest(`http://${req.headers.host ?? host}${req.url ?? ''}`, await readBody(req));
    const { scenario, step } = await resolveMockScenario(source, chat, options.defaults, format);
    let dropped = false;
    let settle: (outcome: MockServerOutcome) => void = () => undefined;
    const closed = new Promise<MockServerOutcome>((resolve) => (settle = resolve));
    const record: MockServerRequest = { ...chat, method: 'POST', headers: req.headers, scenario, ...(step !== undefined && { step }), outcome: 'streaming', closed };
    requests.push(record);

    if (res.destroyed) {
      record.outcome = 'client-closed';
      return settle(record.outcome);
    }
    const stop = playMockResponse(createMockStreamPlan(scenario, chat, format), res, () => (dropped = true));
    stops.add(stop);
    res.on('close', () => {
      stops.delete(stop);
      stop();
      record.outcome = res.writableFinished ? 'completed' : dropped ? 'dropped' : closing ? 'server-closed' : 'client-closed';
      settle(record.outcome);
    });
  }

  // `handle` does not throw by design; should it, the client sees a dead connection rather than a hang.
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  const origin = `http://${hostInUrl}:${port}`;
  return {
    url: `${origin}/v1`,
    origin,
    endpoint: `${origin}${ENDPOINTS[format] ?? ENDPOINTS['openai-chat']}`,
    port,
    requests,
    close() {
      closing = true;
      for (const stop of stops) stop();
      stops.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // After `close`, so that idle keep-alive sockets and stalled responses do not hold it open.
        server.closeAllConnections();
      });
    },
  };
}
