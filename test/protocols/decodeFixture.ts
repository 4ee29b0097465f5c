import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createParser } from 'eventsource-parser';
import type { StreamDecoder, StreamPart } from '../../src/protocols';

/** Reads a recorded fixture, for example `readFixture('openai-chat/plain-text-usage.sse')`. */
export function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
}

/**
 * Feeds `body` through eventsource-parser, in pieces of `pieceSize` characters to exercise frames
 * split across reads, into `decoder`, and returns every part it emitted.
 */
export function decodeSse(decoder: StreamDecoder, body: string, pieceSize = body.length): StreamPart[] {
  const parts: StreamPart[] = [];
  const emit = (part: StreamPart): void => {
    parts.push(part);
  };
  const parser = createParser({ onEvent: (event) => decoder.decode(event, emit) });
  for (let at = 0; at < body.length; at += pieceSize) parser.feed(body.slice(at, at + pieceSize));
  decoder.flush?.(emit);
  return parts;
}

/** A tool call as the parts describe it, with its id, name and argument fragments concatenated. */
export interface CollectedToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** Everything a stream said, grouped the way a consumer would fold it. */
export interface CollectedParts {
  text: Record<number, string>;
  reasoning: Record<number, string>;
  refusal: Record<number, string>;
  /** Keyed by `"choice:index"`. */
  toolCalls: Record<string, CollectedToolCall>;
  finishes: { choice: number; reason: string }[];
  usage: Extract<StreamPart, { type: 'usage' }>['usage'][];
  metadata: Extract<StreamPart, { type: 'metadata' }>[];
  errors: Extract<StreamPart, { type: 'error' }>['error'][];
  doneCount: number;
}

/** Groups `parts` per choice and per tool call, concatenating deltas. */
export function collectParts(parts: readonly StreamPart[]): CollectedParts {
  const out: CollectedParts = {
    text: {},
    reasoning: {},
    refusal: {},
    toolCalls: {},
    finishes: [],
    usage: [],
    metadata: [],
    errors: [],
    doneCount: 0,
  };
  for (const part of parts) {
    switch (part.type) {
      case 'text':
      case 'reasoning':
      case 'refusal':
        out[part.type][part.choice] = (out[part.type][part.choice] ?? '') + part.delta;
        break;
      case 'tool-call': {
        const key = `${part.choice}:${part.index}`;
        const call = (out.toolCalls[key] ??= { id: '', name: '', arguments: '' });
        call.id += part.id ?? '';
        call.name += part.name ?? '';
        call.arguments += part.argumentsDelta;
        break;
      }
      case 'finish':
        out.finishes.push({ choice: part.choice, reason: part.reason });
        break;
      case 'usage':
        out.usage.push(part.usage);
        break;
      case 'metadata':
        out.metadata.push(part);
        break;
      case 'error':
        out.errors.push(part.error);
        break;
      case 'done':
        out.doneCount += 1;
        break;
    }
  }
  return out;
}

/**
 * Concatenates every JSON string value of `key` in the raw file, found with a regular expression and
 * no SSE or decoder logic: an independent oracle for long streamed texts.
 */
export function concatJsonStrings(raw: string, key: string): string {
  const pattern = new RegExp(`"${key}":"((?:[^"\\\\]|\\\\.)*)"`, 'g');
  let text = '';
  for (const match of raw.matchAll(pattern)) text += JSON.parse(`"${match[1] ?? ''}"`) as string;
  return text;
}
