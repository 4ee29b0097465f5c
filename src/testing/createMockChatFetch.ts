import { createMockBodyStream } from './createMockBodyStream';
import { createMockErrorBody } from './createMockErrorBody';
import { toMockWireFormat, type MockFormatOption } from './formats/MockWireFormat';
import { createMockStreamPlan } from './createMockStreamPlan';
import { createMockChatRequest, resolveMockScenario } from './MockChatRequest';
import type { MockChatRequest, MockScenarioSource } from './MockChatRequest';
import type { MockScenario } from './MockScenario';

/** Options of {@link createMockChatFetch} and `startMockChatServer`. */
export interface MockChatOptions {
  /** Fields applied under every scenario, for example `{ tokensPerSecond: Infinity }` in tests. */
  defaults?: Partial<MockScenario>;
  /**
   * The wire format of every answer: a `MockWireFormat`, or the protocol object the store speaks
   * (`anthropicProtocol`, …). Default: `'openai-chat'` (OpenAI Chat Completions). An unknown one throws a
   * `'config'` `ChatStreamError` when the mock is created.
   */
  format?: MockFormatOption;
}

/** A request the mock answered, for assertions. */
export interface MockChatCall extends MockChatRequest {
  method: string;
  headers: Headers;
  /**
   * The scenario it was answered with (`defaults` applied; for a scenario with `steps`, the step played
   * over the shared fields); a failing resolver gives a 500 `'http'` fault.
   */
  scenario: MockScenario;
  /** The index of the step played, when the scenario has `steps`. */
  step?: number;
}

/** A `fetch` that answers chat requests from scenarios, and records them in `calls`. */
export type MockChatFetch = typeof globalThis.fetch & {
  /** Every POST answered so far, oldest first. Clear it with `calls.length = 0`. */
  calls: MockChatCall[];
};

// Statuses whose responses cannot have a body (the Response constructor throws otherwise).
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

async function readBodyText(input: RequestInfo | URL, init: RequestInit | undefined): Promise<string> {
  const body = init?.body;
  if (body !== undefined && body !== null) return typeof body === 'string' ? body : new Response(body).text();
  return input instanceof Request ? input.clone().text() : '';
}

/**
 * Creates a `fetch` that plays a streamed chat answer without any network, in `options.format` (OpenAI
 * Chat Completions by default; also OpenAI Responses, Anthropic, Gemini, the AI SDK UI stream and
 * AG-UI): every POST, whatever its URL, is answered from `source` (a scenario, or a resolver that picks
 * one from the request; a scenario with `steps` answers each request of an agent turn with the step it
 * has reached) with a `Response` whose body streams {@link createMockStreamPlan}'s chunks over
 * time. Browser-safe: it uses only `fetch`-standard classes and timers.
 *
 * Like a real `fetch`: an aborted signal rejects the call with its reason, and aborting later errors the body with the
 * signal's reason (an `AbortError` by default) and stops every timer; a `'drop'` fault errors the body
 * with a `TypeError`. Other methods get a 405 JSON error. A resolver that throws gets a 500 JSON error
 * naming its failure, so that a broken story shows why.
 *
 * @example
 * ```ts
 * const fetch = createMockChatFetch(({ lastUserText }) => ({ text: `You said: ${lastUserText}` }));
 * const store = createChatStore({ api: '/v1/chat/completions', fetch });
 * const claude = createMockChatFetch({ text: 'Hi', reasoning: 'Short answer.' }, { format: 'anthropic' });
 * ```
 */
export function createMockChatFetch(source: MockScenarioSource, options: MockChatOptions = {}): MockChatFetch {
  const format = toMockWireFormat(options.format);
  const calls: MockChatCall[] = [];
  const mockFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const signal = init?.signal ?? request?.signal ?? undefined;
    signal?.throwIfAborted();
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    if (method !== 'POST') {
      return new Response(createMockErrorBody(405, `Method ${method} not allowed.`), {
        status: 405,
        headers: { 'content-type': 'application/json', allow: 'POST' },
      });
    }
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const chat = createMockChatRequest(url, await readBodyText(input, init));
    const { scenario, step } = await resolveMockScenario(source, chat, options.defaults, format);
    calls.push({ ...chat, method, headers: new Headers(init?.headers ?? request?.headers), scenario, ...(step !== undefined && { step }) });
    // A real fetch is abortable until its response arrives; the resolver may have been slow.
    signal?.throwIfAborted();

    const plan = createMockStreamPlan(scenario, chat, format);
    const body = NULL_BODY_STATUSES.has(plan.status) ? null : createMockBodyStream(plan, signal);
    return new Response(body, { status: plan.status, headers: plan.headers });
  };
  return Object.assign(mockFetch, { calls });
}
