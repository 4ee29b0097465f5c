import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aiSdkUiProtocol } from '../../../src/protocols/ai-sdk-ui';
import { detectProtocol, type SseEvent } from '../../../src/protocols';
import { openAIChatProtocol } from '../../../src/protocols/openai-chat';
import { createEventStreamParser } from '../../../src/sse/createEventStreamParser';
import { decodeBytes } from '../../core/decodeBytes';
import { fixtureBytes } from './aiSdkFixtures';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
/** Every `.sse` fixture of every protocol folder, as `folder/file`. */
const ALL = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => readdirSync(`${root}${dir.name}`).filter((file) => file.endsWith('.sse')).map((file) => `${dir.name}/${file}`));

function firstEvent(name: string): SseEvent {
  const events: SseEvent[] = [];
  const parser = createEventStreamParser((event) => events.push(event));
  parser.push(new Uint8Array(readFileSync(`${root}${name}`)));
  parser.end();
  const first = events.find((event) => event.data.trim() !== '');
  if (!first) throw new Error(`${name} has no event`);
  return first;
}

describe('aiSdkUiProtocol.detect', () => {
  it('recognizes the first event of every AI SDK UI fixture and of no other protocol’s', () => {
    const folders = new Set(ALL.map((name) => name.split('/')[0]));
    expect(folders.has('ai-sdk-ui') && folders.size).toBeGreaterThanOrEqual(4);
    for (const name of ALL) expect(aiSdkUiProtocol.detect!(firstEvent(name)), name).toBe(name.startsWith('ai-sdk-ui/'));
  });

  it.each([
    ['a named event', { event: 'message_start', data: '{"type":"start"}' }, false],
    ['an unknown type', { data: '{"type":"response.created"}' }, false],
    ['an error chunk without errorText', { data: '{"type":"error","error":{"message":"x"}}' }, false],
    ['broken JSON', { data: '{"type":"start"' }, false],
    ['a data part first', { data: '{"type":"data-weather","data":{}}' }, true],
  ])('%s', (_, event, expected) => {
    expect(aiSdkUiProtocol.detect!({ event: undefined, id: undefined, ...event })).toBe(expected);
  });

  it('lets detectProtocol read an AI SDK answer behind a Chat Completions default', () => {
    const protocol = detectProtocol([openAIChatProtocol, aiSdkUiProtocol]);
    const message = decodeBytes([fixtureBytes('two-steps-tool-then-text.test-authored.sse')], { protocol });
    expect(message.parts.map((part) => part.type)).toEqual(['tool-call', 'step-start', 'text']);
    expect(message.status).toBe('complete');
  });
});
