import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChatMessage } from '../../../src/message';
import { geminiProtocol } from '../../../src/protocols/gemini';
import { decodeBytes, readFixtureBytes } from '../../core/decodeBytes';

const dir = fileURLToPath(new URL('../../fixtures/gemini/', import.meta.url));

/** Every Gemini fixture, as `gemini/<file>.sse`, sorted. */
export const GEMINI_FIXTURES: string[] = readdirSync(dir)
  .filter((file) => file.endsWith('.sse'))
  .sort()
  .map((file) => `gemini/${file}`);

/** The recorded body as text. */
export const readGeminiFixture = (name: string): string => readFileSync(`${dir}${name.replace(/^gemini\//, '')}`, 'utf8');

/** The final message the store's turn makes of a fixture sent in one chunk. */
export const decodeGemini = (name: string): ChatMessage => decodeBytes([readFixtureBytes(name)], { protocol: geminiProtocol });

/** A part of a recorded chunk, as far as the tests read it. */
export interface WirePart {
  text?: string;
  thought?: boolean;
  thoughtSignature?: string;
  functionCall?: Record<string, unknown>;
}

/** A recorded chunk, as far as the tests read it. */
export interface WireChunk {
  candidates?: {
    content?: { parts?: WirePart[] };
    finishReason?: string;
    groundingMetadata?: { groundingChunks: { web: { uri: string; title: string } }[]; groundingSupports: { segment: Record<string, unknown> }[] };
  }[];
  usageMetadata?: Record<string, unknown>;
  promptFeedback?: Record<string, unknown>;
}

/** The chunks of a fixture parsed with `JSON.parse` alone (no SSE parser, no decoder): an independent oracle. */
export function wireChunks(name: string): WireChunk[] {
  return readGeminiFixture(name)
    .split(/\r?\n\r?\n/)
    .filter((frame) => frame.startsWith('data:'))
    .map((frame) => JSON.parse(frame.slice(5)) as WireChunk);
}

/** The concatenated text of candidate 0's parts, thoughts (`thought: true`) or answer, read from the wire chunks. */
export function wireText(name: string, thought: boolean): string {
  let text = '';
  for (const chunk of wireChunks(name)) {
    for (const part of chunk.candidates?.[0]?.content?.parts ?? []) {
      if (typeof part.text === 'string' && (part.thought === true) === thought) text += part.text;
    }
  }
  return text;
}

/** Every `thoughtSignature` of candidate 0, in wire order. */
export const wireSignatures = (name: string): string[] =>
  wireChunks(name).flatMap((chunk) => (chunk.candidates?.[0]?.content?.parts ?? []).flatMap((part) => (part.thoughtSignature ? [part.thoughtSignature] : [])));
