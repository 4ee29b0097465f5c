import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChatMessage } from '../../../src/message';
import { aiSdkUiProtocol } from '../../../src/protocols/ai-sdk-ui';
import { decodeBytes } from '../../core/decodeBytes';

const dir = fileURLToPath(new URL('../../fixtures/ai-sdk-ui/', import.meta.url));

/** Every AI SDK UI fixture file name, sorted. */
export const AI_SDK_FIXTURES: readonly string[] = readdirSync(dir)
  .filter((file) => file.endsWith('.sse'))
  .sort();

/** The bytes of `ai-sdk-ui/<name>`. */
export const fixtureBytes = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(`${dir}${name}`));

/** The text of `ai-sdk-ui/<name>`. */
export const fixtureText = (name: string): string => readFileSync(`${dir}${name}`, 'utf8');

/**
 * The chunks of a fixture read without any SSE parser or decoder: every `data: ` line but `[DONE]`,
 * JSON-parsed. The expectations of the fixture tests are computed from these, independently of the code
 * under test.
 */
export function fixtureChunks(name: string): Record<string, unknown>[] {
  return fixtureText(name)
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice('data: '.length)) as Record<string, unknown>);
}

/** The concatenated `field` of the fixture's chunks of `type` (`text-delta` → `delta`, say). */
export const joinField = (name: string, type: string, field: string, toolCallId?: string): string =>
  fixtureChunks(name)
    .filter((chunk) => chunk.type === type && (toolCallId === undefined || chunk.toolCallId === toolCallId))
    .map((chunk) => chunk[field] as string)
    .join('');

/** Options of {@link decodeAiSdk}. */
export interface DecodeAiSdkOptions {
  onData?: (part: { name: string; id?: string; data: unknown }) => void;
}

/** Decodes bytes through the store's turn with {@link aiSdkUiProtocol} (frozen clock). */
export const decodeAiSdk = (chunks: readonly Uint8Array[], options: DecodeAiSdkOptions = {}): ChatMessage =>
  decodeBytes(chunks, { protocol: aiSdkUiProtocol, onData: options.onData });

/** A fixture's final message. */
export const decodeAiSdkFixture = (name: string, options?: DecodeAiSdkOptions): ChatMessage => decodeAiSdk([fixtureBytes(name)], options);
