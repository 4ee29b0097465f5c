import type { ProviderData, ToolApproval, ToolCallPart } from '../message';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../protocols/parseJsonFrame';
import { createPartialJsonParser, type PartialJsonParser } from './createPartialJsonParser';

/** Accumulates the deltas of one tool call and hands out immutable {@link ToolCallPart} snapshots. */
export interface ToolCallBuffer {
  /** The call's id: the server's, or the fallback until the server sends one. */
  readonly id: string;
  /**
   * Folds in one delta; `id` and `name` are taken from the first delta that carries them. `custom`
   * marks a custom tool call, whose input is free text; once marked, the call stays custom.
   */
  append(id: string | undefined, name: string | undefined, argumentsDelta: string, custom?: boolean): void;
  /** Merges what the server said about the call besides its arguments. */
  annotate(providerExecuted: boolean | undefined, providerData: ProviderData | undefined): void;
  /** Records the tool's result (streamed by the server: a provider-run tool, an AI SDK tool output). */
  setResult(result: unknown, isError: boolean): void;
  /** Records the call's approval step. */
  setApproval(approval: ToolApproval): void;
  /** The current call; the same object until the next change. */
  snapshot(): ToolCallPart;
  /**
   * Strict-parses the arguments once they are complete; later deltas are ignored. `args`, when given,
   * are the arguments as the server parsed them and are taken instead of the parse.
   */
  finalize(args?: unknown): ToolCallPart;
}

/** The `parseError` of a call whose name never arrived. */
const MISSING_NAME = 'The server never sent the tool name for this call.';

/**
 * Creates the buffer of one call. `fallbackId` is used when the server never sends an id (legacy
 * `function_call`, some local servers), so that tool results can still refer to the call.
 */
export function createToolCallBuffer(fallbackId: string): ToolCallBuffer {
  let id: string | undefined;
  let name = '';
  let text = '';
  let custom = false;
  let extra: Partial<Pick<ToolCallPart, 'result' | 'isError' | 'approval' | 'providerExecuted' | 'providerData'>> = {};
  // Arguments are parsed incrementally so that a call's total parse cost stays linear in its length.
  const parser: PartialJsonParser = createPartialJsonParser();
  let cached: ToolCallPart | undefined;
  let final: { state: ToolCallPart['state']; args: unknown; parseError?: string } | undefined;

  const head = () => {
    const part: ToolCallPart = { type: 'tool-call', toolCallId: id ?? fallbackId, toolName: name, argumentsText: text, args: undefined, state: 'streaming' };
    if (custom) part.custom = true;
    return part;
  };

  const settle = (given: unknown): NonNullable<typeof final> => {
    // Without a name nothing can run the call, however well its arguments parse.
    const unnamed = (args: unknown) => ({ state: 'invalid' as const, args, parseError: MISSING_NAME });
    if (given !== undefined) return name === '' ? unnamed(given) : { state: 'ready', args: given };
    // A custom tool's input is free text: it is the argument as it stands, never JSON.
    if (custom) return name === '' ? unnamed(text) : { state: 'ready', args: text };
    // A call with no arguments at all is a call with an empty argument object (what OpenAI sends as "{}").
    const source = text.trim() === '' ? '{}' : text;
    // What the parser refused as too deep must not come back whole through JSON.parse, which accepts any depth.
    if (exceedsJsonDepth(source)) return { state: 'invalid', args: parser.snapshot(), parseError: `Nested deeper than ${MAX_JSON_DEPTH} levels` };
    let args: unknown;
    try {
      args = JSON.parse(source) as unknown;
    } catch (error) {
      return { state: 'invalid', args: parser.snapshot(), parseError: error instanceof Error ? error.message : String(error) };
    }
    return name === '' ? unnamed(args) : { state: 'ready', args };
  };

  const build = (): ToolCallPart => {
    const part = head();
    if (final) {
      part.state = final.state;
      part.args = final.args;
      if (final.parseError !== undefined) part.parseError = final.parseError;
    } else part.args = custom ? text : parser.snapshot();
    return Object.assign(part, extra);
  };
  const snapshot = (): ToolCallPart => (cached ??= build());

  return {
    get id() {
      return id ?? fallbackId;
    },
    append(nextId, nextName, argumentsDelta, nextCustom) {
      if (nextId && !id) id = nextId;
      if (final) return;
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
    annotate(providerExecuted, providerData) {
      if (providerExecuted) extra = { ...extra, providerExecuted: true };
      if (providerData) extra = { ...extra, providerData: { ...extra.providerData, ...providerData } };
      cached = undefined;
    },
    setResult(result, isError) {
      extra = { ...extra, result };
      if (isError) extra.isError = true;
      else delete extra.isError;
      cached = undefined;
    },
    setApproval(approval) {
      extra = { ...extra, approval };
      cached = undefined;
    },
    snapshot,
    finalize(args) {
      if (!final) {
        final = settle(args);
        cached = undefined;
      }
      return snapshot();
    },
  };
}
