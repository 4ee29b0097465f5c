import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChatMessage } from '../../../src/message';
import { openAIResponsesProtocol } from '../../../src/protocols/openai-responses';
import { decodeBytes, readFixtureBytes } from '../../core/decodeBytes';

const dir = fileURLToPath(new URL('../../fixtures/openai-responses/', import.meta.url));

/** Every Responses fixture, as `openai-responses/<file>.sse`, sorted. */
export const RESPONSES_FIXTURES: string[] = readdirSync(dir)
  .filter((file) => file.endsWith('.sse'))
  .sort()
  .map((file) => `openai-responses/${file}`);

/** The recorded body as text. */
export const readResponsesFixture = (name: string): string => readFileSync(`${dir}${name.replace(/^openai-responses\//, '')}`, 'utf8');

/** The final message the store's turn makes of `chunks` (the whole fixture in one chunk by default). */
export const decodeResponses = (name: string, chunks: readonly Uint8Array[] = [readFixtureBytes(name)]): ChatMessage =>
  decodeBytes(chunks, { protocol: openAIResponsesProtocol });

/**
 * The payloads of the events of `type` in the raw file, found line by line (`data:` lines parsed as
 * JSON) with no SSE parser and no decoder logic: an independent oracle for long texts.
 */
export function wireEvents(raw: string, type: string): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  for (const line of raw.split('\n')) {
    if (!line.startsWith('data:')) continue;
    const payload = JSON.parse(line.slice(5)) as Record<string, unknown>;
    if (payload.type === type) events.push(payload);
  }
  return events;
}

/** The `text` of every `response.output_text.done` event, in order. */
export const wireDoneTexts = (raw: string): string[] => wireEvents(raw, 'response.output_text.done').map((event) => event.text as string);
