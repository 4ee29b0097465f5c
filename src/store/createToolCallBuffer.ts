import type { ToolCall } from './ChatMessage';
import { createPartialJsonParser, type PartialJsonParser } from './createPartialJsonParser';

/** Accumulates the deltas of one tool call and hands out immutable {@link ToolCall} snapshots. */
export interface ToolCallBuffer {
  /** Folds in one delta; `id` and `name` are taken from the first delta that carries them. */
  append(id: string | undefined, name: string | undefined, argumentsDelta: string): void;
  /** The current call; the same object until the next `append` or `finalize`. */
  snapshot(): ToolCall;
  /** Strict-parses the arguments once they are complete; returns the final call. */
  finalize(): ToolCall;
}

/**
 * Creates the buffer for the call at wire `index`. `fallbackId` is used when the server never sends an
 * id (legacy `function_call`, some local servers), so that tool results can still refer to the call.
 */
export function createToolCallBuffer(index: number, fallbackId: string): ToolCallBuffer {
  let id: string | undefined;
  let name = '';
  let text = '';
  // Arguments are parsed incrementally so that a call's total parse cost stays linear in its length.
  const parser: PartialJsonParser = createPartialJsonParser();
  let cached: ToolCall | undefined;
  let final: ToolCall | undefined;

  return {
    append(nextId, nextName, argumentsDelta) {
      if (final) return;
      if (nextId && !id) id = nextId;
      // Servers that resend the whole name on every delta must not make it grow.
      if (nextName && nextName !== name) name = name && nextName.startsWith(name) ? nextName : name + nextName;
      if (argumentsDelta) {
        text += argumentsDelta;
        parser.push(argumentsDelta);
      }
      cached = undefined;
    },
    snapshot() {
      if (final) return final;
      cached ??= { id: id ?? fallbackId, index, name, argumentsText: text, args: parser.snapshot(), state: 'streaming' };
      return cached;
    },
    finalize() {
      if (final) return final;
      const base = { id: id ?? fallbackId, index, name, argumentsText: text };
      // A call with no arguments at all is a call with an empty argument object (what OpenAI sends as "{}").
      const source = text.trim() === '' ? '{}' : text;
      try {
        final = { ...base, args: JSON.parse(source) as unknown, state: 'ready' };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        final = { ...base, args: parser.snapshot(), state: 'invalid', parseError: reason };
      }
      return final;
    },
  };
}
