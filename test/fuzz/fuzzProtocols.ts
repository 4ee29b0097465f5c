import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEventStreamParser, type SseEvent } from '../../src/sse/createEventStreamParser';
import type { ChatProtocol } from '../../src/protocols';
// Each protocol from its own folder: AG-UI is an entry of its own, outside the protocols barrel.
import { agUiProtocol } from '../../src/protocols/ag-ui';
import { aiSdkUiProtocol } from '../../src/protocols/ai-sdk-ui';
import { anthropicProtocol } from '../../src/protocols/anthropic';
import { geminiProtocol } from '../../src/protocols/gemini';
import { openAIChatProtocol } from '../../src/protocols/openai-chat';
import { openAIResponsesProtocol } from '../../src/protocols/openai-responses';

/** A protocol under fuzzing, with the fixture folders whose events seed its inputs. */
export interface FuzzTarget {
  name: string;
  protocol: ChatProtocol;
  dirs: readonly string[];
}

/** The six wire formats and their recordings. */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  { name: 'openai-chat', protocol: openAIChatProtocol, dirs: ['openai-chat', 'openai-compatible'] },
  { name: 'openai-responses', protocol: openAIResponsesProtocol, dirs: ['openai-responses'] },
  { name: 'anthropic', protocol: anthropicProtocol, dirs: ['anthropic'] },
  { name: 'gemini', protocol: geminiProtocol, dirs: ['gemini'] },
  { name: 'ai-sdk-ui', protocol: aiSdkUiProtocol, dirs: ['ai-sdk-ui'] },
  { name: 'ag-ui', protocol: agUiProtocol, dirs: ['ag-ui'] },
];

const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** One recorded event: its SSE name and its data, parsed when it is JSON. */
export interface RecordedEvent {
  event?: string;
  data: string;
  json?: unknown;
}

function readEvents(path: string): RecordedEvent[] {
  const events: SseEvent[] = [];
  const parser = createEventStreamParser((event) => events.push(event));
  parser.push(new Uint8Array(readFileSync(path)));
  parser.end();
  return events.map(({ event, data }) => {
    try {
      return { event, data, json: JSON.parse(data) as unknown };
    } catch {
      return { event, data };
    }
  });
}

/** Every recording of `target`, as its list of events, keyed by `dir/file`. */
export function readRecordings(target: FuzzTarget): Map<string, RecordedEvent[]> {
  const recordings = new Map<string, RecordedEvent[]>();
  for (const dir of target.dirs) {
    for (const file of readdirSync(`${fixturesRoot}${dir}`).filter((name) => name.endsWith('.sse')).sort()) {
      recordings.set(`${dir}/${file}`, readEvents(`${fixturesRoot}${dir}/${file}`));
    }
  }
  return recordings;
}

/** What the recordings of a protocol speak: its event names, `type` values and object keys. */
export interface WireVocabulary {
  eventNames: string[];
  types: string[];
  keys: string[];
}

/** Collects the vocabulary of `recordings`, so random frames use the names a decoder branches on. */
export function readVocabulary(recordings: Map<string, RecordedEvent[]>): WireVocabulary {
  const eventNames = new Set<string>();
  const types = new Set<string>();
  const keys = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        keys.add(key);
        if (key === 'type' && typeof inner === 'string') types.add(inner);
        visit(inner);
      }
    }
  };
  for (const events of recordings.values()) {
    for (const { event, json } of events) {
      if (event) eventNames.add(event);
      visit(json);
    }
  }
  return { eventNames: [...eventNames].sort(), types: [...types].sort(), keys: [...keys].sort() };
}
