import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import * as protocols from '../../src/protocols';
import type { ChatProtocol, SseEvent } from '../../src/protocols';
import { detectProtocol } from '../../src/protocols';
import { agUiProtocol } from '../../src/protocols/ag-ui';
import { getMessageText } from '../../src/message';
import { decodeBytes } from '../core/decodeBytes';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
// Every protocol of the core entry, and AG-UI from its own entry.
const ALL: ChatProtocol[] = [
  ...Object.values(protocols).filter(
    (value): value is ChatProtocol => typeof value === 'object' && value !== null && 'createDecoder' in value && 'buildRequest' in value,
  ),
  agUiProtocol,
];
const byName = new Map(ALL.map((protocol) => [protocol.name, protocol]));
// Folders of recordings and the protocol that must recognize them (Chat Completions compatibles included).
const FOLDERS: Record<string, string> = {
  'openai-chat': 'openai-chat',
  'openai-compatible': 'openai-chat',
  'openai-responses': 'openai-responses',
  anthropic: 'anthropic',
  gemini: 'gemini',
  'ai-sdk-ui': 'ai-sdk-ui',
  'ag-ui': 'ag-ui',
};

function firstEvent(text: string): SseEvent | undefined {
  let first: SseEvent | undefined;
  const parser = createParser({ onEvent: (event) => (first ??= event.data.trim() === '' ? undefined : event) });
  parser.feed(text);
  return first;
}

const fixtures = Object.entries(FOLDERS).flatMap(([folder, protocol]) =>
  readdirSync(`${root}${folder}`)
    .filter((file) => file.endsWith('.sse'))
    .map((file) => ({ name: `${folder}/${file}`, protocol })),
);

describe('detect: each protocol recognizes its own recordings and no other', () => {
  it('covers every protocol whose folder exists', () => {
    for (const protocol of new Set(fixtures.map((fixture) => fixture.protocol))) expect(byName.has(protocol), protocol).toBe(true);
  });

  it.each(fixtures)('$name', ({ name, protocol }) => {
    const event = firstEvent(readFileSync(`${root}${name}`, 'utf8'));
    expect(event, 'a first event').toBeDefined();
    const claimed = ALL.filter((candidate) => candidate.detect?.(event!) === true).map((candidate) => candidate.name);
    expect(claimed).toEqual([protocol]);
  });
});

describe('detectProtocol', () => {
  const everything = detectProtocol(ALL as [ChatProtocol, ...ChatProtocol[]]);

  it('decodes each recording with the protocol its first event names', () => {
    for (const { name, protocol } of fixtures) {
      const bytes = new Uint8Array(readFileSync(`${root}${name}`));
      const detected = decodeBytes([bytes], { protocol: everything });
      const direct = decodeBytes([bytes], { protocol: byName.get(protocol)! });
      expect(detected, name).toStrictEqual(direct);
    }
  });

  it('builds requests with the first protocol and falls back to it for a stream nobody recognizes', () => {
    const [first] = ALL;
    const chat = detectProtocol([byName.get('openai-chat')!, byName.get('anthropic')!]);
    expect(chat.buildRequest([], { api: '/x', chatId: 'c' })).toEqual(byName.get('openai-chat')!.buildRequest([], { api: '/x', chatId: 'c' }));
    expect(first).toBeDefined();
    const unknown = new TextEncoder().encode('data: {"choices":[{"index":0,"delta":{"content":"hi"}}]}\n\ndata: [DONE]\n\n');
    expect(getMessageText(decodeBytes([unknown], { protocol: detectProtocol([byName.get('anthropic')!, byName.get('openai-chat')!]) }))).toBe('hi');
  });
});
