import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChatMessage } from '../../../src/message';
import { agUiProtocol } from '../../../src/protocols/ag-ui';
import { decodeBytesWithState } from '../../core/decodeBytes';

const dir = fileURLToPath(new URL('../../fixtures/ag-ui/', import.meta.url));

/** Every AG-UI fixture file name, sorted. */
export const AG_UI_FIXTURES: readonly string[] = readdirSync(dir)
  .filter((file) => file.endsWith('.sse'))
  .sort();

/** The bytes of `ag-ui/<name>`. */
export const fixtureBytes = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(`${dir}${name}`));

/** The text of `ag-ui/<name>`. */
export const fixtureText = (name: string): string => readFileSync(`${dir}${name}`, 'utf8');

/**
 * The events of a fixture read without any SSE parser or decoder: every `data: ` line, JSON-parsed.
 * Expectations are computed from these, independently of the code under test.
 */
export function fixtureEvents(name: string): Record<string, unknown>[] {
  return fixtureText(name)
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice('data: '.length)) as Record<string, unknown>);
}

/** The concatenated `delta` of the fixture's events of `type`, optionally only those of one `toolCallId`. */
export const joinDeltas = (name: string, type: string, toolCallId?: string): string =>
  fixtureEvents(name)
    .filter((event) => event.type === type && (toolCallId === undefined || event.toolCallId === toolCallId))
    .map((event) => event.delta as string)
    .join('');

/** A transient data part as the store hands it to `onData`. */
export interface DataCall {
  name: string;
  data: unknown;
}

/** What a decoded AG-UI body left: the message, the agent state (`undefined` when none was sent), the data parts. */
export interface DecodedAgUi {
  message: ChatMessage;
  state: unknown;
  data: DataCall[];
}

/** Decodes bytes through the store's turn with {@link agUiProtocol} (frozen clock), starting from `state`. */
export function decodeAgUi(chunks: readonly Uint8Array[], state?: unknown): DecodedAgUi {
  const data: DataCall[] = [];
  const decoded = decodeBytesWithState(chunks, { protocol: agUiProtocol, state, onData: (part) => data.push({ name: part.name, data: part.data }) });
  return { ...decoded, data };
}

/** A fixture decoded in one read. */
export const decodeAgUiFixture = (name: string): DecodedAgUi => decodeAgUi([fixtureBytes(name)]);

const encoder = new TextEncoder();

/** Decodes a body written as text (events built in a test). */
export const decodeAgUiText = (body: string, state?: unknown): DecodedAgUi => decodeAgUi([encoder.encode(body)], state);

/** An SSE body of the given events, as the official encoders write it (`data: <json>` + blank line). */
export const sseOf = (...events: object[]): string => events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('');
