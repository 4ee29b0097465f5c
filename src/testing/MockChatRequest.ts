import type { MockScenario } from './MockScenario';

/** One entry of the request's `messages`, as sent (`content` may be a string, an array of parts or null). */
export interface MockChatMessage {
  role: string;
  content?: unknown;
  [key: string]: unknown;
}

/** What a scenario resolver learns about a request. */
export interface MockChatRequest {
  /** The URL the request was sent to. */
  url: string;
  /** The parsed JSON body; `undefined` when the body was missing or not JSON. */
  body: unknown;
  /** `body.messages`, or `[]` when it is not an array. */
  messages: MockChatMessage[];
  /** The text of the last `user` message (text parts joined), or `''`: what a story usually answers. */
  lastUserText: string;
}

/** Chooses the response to a request, for example from `lastUserText`. */
export type MockScenarioResolver = (request: MockChatRequest) => MockScenario | Promise<MockScenario>;

/** A fixed scenario for every request, or a resolver. */
export type MockScenarioSource = MockScenario | MockScenarioResolver;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The text of a message's `content`: a string, or the `text` of its `{type:'text'}` parts. */
export function mockMessageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let text = '';
  for (const part of content as unknown[]) {
    if (typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string') {
      text += (part as { text: string }).text;
    }
  }
  return text;
}

/** Builds the {@link MockChatRequest} for a URL and a raw body text. Never throws. */
export function createMockChatRequest(url: string, bodyText: string): MockChatRequest {
  const body = bodyText === '' ? undefined : parseJson(bodyText);
  const raw = typeof body === 'object' && body !== null ? (body as { messages?: unknown }).messages : undefined;
  const messages = Array.isArray(raw)
    ? (raw as unknown[]).filter((m): m is MockChatMessage => typeof m === 'object' && m !== null)
    : [];
  let lastUserText = '';
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message?.role === 'user') {
      lastUserText = mockMessageText(message.content);
      break;
    }
  }
  return { url, body, messages, lastUserText };
}

/**
 * The scenario for a request: `source` itself, or what the resolver returns, with `defaults` under it.
 * Rejects with what the resolver threw.
 */
export async function resolveMockScenario(
  source: MockScenarioSource,
  request: MockChatRequest,
  defaults: Partial<MockScenario> | undefined,
): Promise<MockScenario> {
  const scenario = typeof source === 'function' ? await source(request) : source;
  return defaults === undefined ? scenario : { ...defaults, ...scenario };
}
