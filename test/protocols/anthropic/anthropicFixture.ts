import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChatMessage, ChatPart } from '../../../src/message';
import { anthropicProtocol } from '../../../src/protocols/anthropic';
import { decodeBytes, readFixtureBytes, type DecodeBytesOptions } from '../../core/decodeBytes';

const dir = fileURLToPath(new URL('../../fixtures/anthropic/', import.meta.url));

/** Every Anthropic fixture, as `anthropic/<file>.sse`, sorted. */
export const ANTHROPIC_FIXTURES: string[] = readdirSync(dir)
  .filter((file) => file.endsWith('.sse'))
  .sort()
  .map((file) => `anthropic/${file}`);

/** The recorded body as text. */
export const readAnthropicFixture = (name: string): string => readFileSync(`${dir}${name.replace(/^anthropic\//, '')}`, 'utf8');

/** The final message the store's turn makes of a fixture sent in one chunk; `onData` receives transient data. */
export const decodeAnthropic = (name: string, onData?: DecodeBytesOptions['onData']): ChatMessage =>
  decodeBytes([readFixtureBytes(name)], { protocol: anthropicProtocol, onData });

/**
 * The concatenated `field` strings of the `deltaType` deltas of block `index`, read from the raw file
 * with a regular expression and no SSE or decoder logic: an independent oracle for long texts.
 */
export function wireDeltas(raw: string, index: number, deltaType: string, field: string): string {
  const pattern = new RegExp(`"index":${index},"delta":\\{"type":"${deltaType}","${field}":"((?:[^"\\\\]|\\\\.)*)"`, 'g');
  let out = '';
  for (const match of raw.matchAll(pattern)) out += JSON.parse(`"${match[1] ?? ''}"`) as string;
  return out;
}

/** A compact view of the parts, in order: the type plus what identifies each. */
export function partOutline(parts: readonly ChatPart[]): string[] {
  return parts.map((part) => {
    switch (part.type) {
      case 'text':
        return `text(${part.text.length})`;
      case 'reasoning':
        return `reasoning(${part.text.length}${part.signature ? ', signed' : ''}${part.redacted !== undefined ? ', redacted' : ''})`;
      case 'tool-call':
        return `tool-call ${part.toolName} ${part.state}${part.providerExecuted ? ' provider' : ''}${part.result !== undefined ? ' with result' : ''}`;
      case 'source':
        return `source ${part.sourceType}`;
      default:
        return part.type;
    }
  });
}
