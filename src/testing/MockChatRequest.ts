import type { MockWireFormat } from './formats/MockWireFormat';
import type { MockScenario } from './MockScenario';
import { selectMockStep, type MockSelectedStep } from './selectMockStep';
import { findMockTurnStart, readMockToolResults, type MockToolResult } from './readMockToolResults';

/**
 * One entry of the request's conversation, as sent: a Chat Completions, Anthropic, AG-UI or AI SDK
 * message (`content` a string or an array of parts, or AI SDK `parts`), a Gemini content (`parts`), or a
 * Responses input item.
 */
export interface MockChatMessage {
  /** `user`, `assistant`, `system`, `tool`, Gemini's `model`…; absent on some Responses items. */
  role?: string;
  /** A string, or an array of parts with `text` (Chat Completions, Anthropic, AG-UI, Responses). */
  content?: unknown;
  /** The parts (AI SDK UI messages, Gemini contents). */
  parts?: unknown;
  [key: string]: unknown;
}

/** What a scenario resolver learns about a request. */
export interface MockChatRequest {
  /** The URL the request was sent to. */
  url: string;
  /** The parsed JSON body; `undefined` when the body was missing or not JSON. */
  body: unknown;
  /**
   * The conversation: `body.messages` (Chat Completions, Anthropic, AI SDK, AG-UI), else `body.input`
   * (Responses; a string becomes one user message), else `body.contents` (Gemini); `[]` when none is an array.
   */
  messages: MockChatMessage[];
  /**
   * The text of the last `user` message (its text parts joined), or `''`: what a story usually answers.
   * User turns that only carry tool results (Anthropic, Gemini) are skipped, so it stays the same through
   * the steps of an agent turn.
   */
  lastUserText: string;
  /** The tool results sent since that message, in order: what a multi-step scenario advances on. */
  toolResults: MockToolResult[];
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

function partsText(parts: unknown): string {
  if (typeof parts === 'string') return parts;
  if (!Array.isArray(parts)) return '';
  let text = '';
  for (const part of parts as unknown[]) {
    const value = typeof part === 'object' && part !== null ? (part as { text?: unknown }).text : undefined;
    // Gemini marks thoughts on text parts; they are not what the user said.
    if (typeof value === 'string' && (part as { thought?: unknown }).thought !== true) text += value;
  }
  return text;
}

/** The text of a message in any of the six formats: its string `content`, or the `text` of its parts. */
export function mockMessageText(message: MockChatMessage): string {
  return partsText(message.content ?? message.parts);
}

function conversationOf(body: unknown): unknown[] {
  if (typeof body !== 'object' || body === null) return [];
  const { messages, input, contents } = body as { messages?: unknown; input?: unknown; contents?: unknown };
  if (Array.isArray(messages)) return messages as unknown[];
  if (typeof input === 'string') return [{ role: 'user', content: input }];
  if (Array.isArray(input)) return input as unknown[];
  return Array.isArray(contents) ? (contents as unknown[]) : [];
}

/** Builds the {@link MockChatRequest} for a URL and a raw body text, whatever the format. Never throws. */
export function createMockChatRequest(url: string, bodyText: string): MockChatRequest {
  const body = bodyText === '' ? undefined : parseJson(bodyText);
  const messages = conversationOf(body).filter((m): m is MockChatMessage => typeof m === 'object' && m !== null);
  const turnStart = messages[findMockTurnStart(messages)];
  const lastUserText = turnStart === undefined ? '' : mockMessageText(turnStart);
  return { url, body, messages, lastUserText, toolResults: readMockToolResults(messages) };
}

/**
 * The scenario for a request: `source` itself, or what the resolver returns, with `defaults` under it,
 * and for a scenario with `steps` the step the request has reached (`selectMockStep`). A resolver that
 * throws gives a 500 `'http'` fault naming its error.
 */
export async function resolveMockScenario(
  source: MockScenarioSource,
  request: MockChatRequest,
  defaults: Partial<MockScenario> | undefined,
  format: MockWireFormat,
): Promise<MockSelectedStep> {
  let resolved: MockScenario;
  try {
    const scenario = typeof source === 'function' ? await source(request) : source;
    resolved = defaults === undefined ? scenario : { ...defaults, ...scenario };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    resolved = { fault: { type: 'http', status: 500, message: `Mock scenario resolver failed: ${reason}` } };
  }
  return selectMockStep(resolved, request, format);
}
