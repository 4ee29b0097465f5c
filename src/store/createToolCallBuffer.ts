import type { ToolCall } from './ChatMessage';
import { createPartialJsonParser, type PartialJsonParser } from './createPartialJsonParser';

/** Accumulates the deltas of one tool call and hands out immutable {@link ToolCall} snapshots. */
export interface ToolCallBuffer {
  /**
   * Folds in one delta; `id` and `name` are taken from the first delta that carries them. `custom`
   * marks a custom tool call, whose input is free text; once marked, the call stays custom.
   */
  append(id: string | undefined, name: string | undefined, argumentsDelta: string, custom?: boolean): void;
  /** The current call; the same object until the next `append` or `finalize`. */
  snapshot(): ToolCall;
  /** Strict-parses the arguments once they are complete; returns the final call. */
  finalize(): ToolCall;
}

/** The `parseError` of a call whose name never arrived. */
const MISSING_NAME = 'The server never sent the tool name for this call.';

/**
 * Creates the buffer for the call at wire `index`. `fallbackId` is used when the server never sends an
 * id (legacy `function_call`, some local servers), so that tool results can still refer to the call.
 */
export function createToolCallBuffer(index: number, fallbackId: string): ToolCallBuffer {
  let id: string | undefined;
  let name = '';
  let text = '';
  let custom = false;
  // Arguments are parsed incrementally so that a call's total parse cost stays linear in its length.
  const parser: PartialJsonParser = createPartialJsonParser();
  let cached: ToolCall | undefined;
  let final: ToolCall | undefined;

  const head = (): Pick<ToolCall, 'id' | 'index' | 'type' | 'name' | 'argumentsText'> => {
    const callId = id ?? fallbackId;
    return custom ? { id: callId, index, type: 'custom', name, argumentsText: text } : { id: callId, index, name, argumentsText: text };
  };
  // Without a name nothing can run the call, however well its arguments parse.
  const unnamed = (args: unknown): ToolCall => ({ ...head(), args, state: 'invalid', parseError: MISSING_NAME });

  const finish = (): ToolCall => {
    // A custom tool's input is free text: it is the argument as it stands, never JSON.
    if (custom) return name === '' ? unnamed(text) : { ...head(), args: text, state: 'ready' };
    // A call with no arguments at all is a call with an empty argument object (what OpenAI sends as "{}").
    const source = text.trim() === '' ? '{}' : text;
    let args: unknown;
    try {
      args = JSON.parse(source) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ...head(), args: parser.snapshot(), state: 'invalid', parseError: reason };
    }
    return name === '' ? unnamed(args) : { ...head(), args, state: 'ready' };
  };

  return {
    append(nextId, nextName, argumentsDelta, nextCustom) {
      if (final) return;
      if (nextId && !id) id = nextId;
      if (nextCustom) custom = true;
      // Servers that resend the whole name on every delta must not make it grow.
      if (nextName && nextName !== name) name = name && nextName.startsWith(name) ? nextName : name + nextName;
      if (argumentsDelta) {
        text += argumentsDelta;
        // Free-text input is never JSON; feeding it to the parser would only cost time.
        if (!custom) parser.push(argumentsDelta);
      }
      cached = undefined;
    },
    snapshot() {
      if (final) return final;
      cached ??= { ...head(), args: custom ? text : parser.snapshot(), state: 'streaming' };
      return cached;
    },
    finalize() {
      final ??= finish();
      return final;
    },
  };
}
