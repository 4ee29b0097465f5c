import type { EmitStreamPart } from '../StreamDecoder';
import type { AiSdkUiChunk } from './AiSdkUiChunk';
import { inputText, nonEmptyString, requireString, toolProviderData } from './aiSdkUiFields';

/** What the decoder remembers about one call of the stream. */
interface CallState {
  /** The `index` its tool-call deltas carry. */
  index: number;
  /** Input text arrived through `tool-input-delta`s, so `tool-input-available` must not send it again. */
  streamed: boolean;
  /** The input is complete (the call was emitted with `end`). */
  ended: boolean;
  /** Its name was sent; it is never sent twice, so that a differing second name cannot extend it. */
  named: boolean;
  /** A free-text (`inputEncoding: 'text'`) tool. */
  custom: boolean;
  /** The id of its approval request, which a denial repeats (`tool-output-denied` carries none). */
  approvalId?: string;
}

/** Decodes the tool chunks of one AI SDK UI stream. */
export interface AiSdkToolCalls {
  /** `tool-input-start`, `tool-input-delta`, `tool-input-available`, `tool-input-error`. */
  input(type: string, chunk: AiSdkUiChunk, emit: EmitStreamPart): void;
  /** `tool-output-available`, `tool-output-error`, `tool-output-denied`, `tool-approval-request`. */
  outcome(type: string, chunk: AiSdkUiChunk, emit: EmitStreamPart): void;
  /** `finish-step`: the calls of the step have all their input, whether or not it was announced. */
  endAll(emit: EmitStreamPart): void;
}

/**
 * Creates the tool-call state of one response. `beginPart` runs before a new call opens a part (for
 * the pending step boundary).
 *
 * Each `toolCallId` gets the next `index`, in order of first appearance. Input deltas stream into the
 * call; `tool-input-available` ends it with its `input` as the arguments, and carries the whole input as
 * the argument text when no delta came before it. The LangChain adapter often sends no `tool-input-available`, so a call's input is
 * also ended by its approval request, its output, or the end of the step. A delta for a call that was
 * never started opens it without a name (the SDK's reader throws instead).
 *
 * Outputs, errors and approvals for a call this stream never announced are emitted as they are: the
 * store attaches them to that call if the message being continued holds it. `tool-output-denied` marks
 * the call's approval denied.
 */
export function createAiSdkToolCalls(beginPart: (emit: EmitStreamPart) => void): AiSdkToolCalls {
  const calls = new Map<string, CallState>();

  const open = (toolCallId: string, emit: EmitStreamPart): CallState => {
    let call = calls.get(toolCallId);
    if (call === undefined) {
      beginPart(emit);
      call = { index: calls.size, streamed: false, ended: false, named: false, custom: false };
      calls.set(toolCallId, call);
    }
    return call;
  };

  // Announces the call (name, flags) and, with `end`, completes its input (with `args`, as the server parsed it).
  const describe = (toolCallId: string, call: CallState, chunk: AiSdkUiChunk, argumentsDelta: string, end: boolean, args: unknown, emit: EmitStreamPart) => {
    const name = call.named ? undefined : nonEmptyString(chunk.toolName);
    if (name !== undefined) call.named = true;
    emit({
      type: 'tool-call',
      choice: 0,
      index: call.index,
      id: toolCallId,
      name,
      argumentsDelta,
      ...(call.custom ? { custom: true as const } : {}),
      ...(end ? { end: true as const } : {}),
      ...(args !== undefined ? { args } : {}),
      ...(chunk.providerExecuted === true ? { providerExecuted: true as const } : {}),
      providerData: toolProviderData(chunk),
    });
    if (end) call.ended = true;
  };

  const endCall = (toolCallId: string, call: CallState, emit: EmitStreamPart) => {
    if (call.ended) return;
    call.ended = true;
    emit({ type: 'tool-call', choice: 0, index: call.index, id: toolCallId, argumentsDelta: '', end: true });
  };

  return {
    input(type, chunk, emit) {
      const toolCallId = requireString(chunk, type, 'toolCallId');
      const call = open(toolCallId, emit);
      if (type === 'tool-input-delta') {
        const delta = requireString(chunk, type, 'inputTextDelta');
        call.streamed = true;
        emit({ type: 'tool-call', choice: 0, index: call.index, id: toolCallId, argumentsDelta: delta });
        return;
      }
      if (type === 'tool-input-start') {
        if (chunk.inputEncoding === 'text') call.custom = true;
        describe(toolCallId, call, chunk, '', false, undefined, emit);
        return;
      }
      // `tool-input-available` or `tool-input-error`: the whole input, unless it already streamed. The
      // server's parse of an available input is the call's arguments, even where the streamed text
      // differs (the SDK may repair a malformed call); an input error's input is the malformed text.
      const failed = type === 'tool-input-error';
      const text = call.streamed || call.ended ? '' : inputText(chunk.input, call.custom || failed);
      describe(toolCallId, call, chunk, text, true, failed ? undefined : chunk.input, emit);
      if (failed) emit({ type: 'tool-result', choice: 0, toolCallId, result: errorTextOf(chunk), isError: true });
    },
    outcome(type, chunk, emit) {
      const toolCallId = requireString(chunk, type, 'toolCallId');
      const call = calls.get(toolCallId);
      if (call !== undefined) endCall(toolCallId, call, emit);
      if (type === 'tool-output-available') emit({ type: 'tool-result', choice: 0, toolCallId, result: chunk.output });
      else if (type === 'tool-output-error') emit({ type: 'tool-result', choice: 0, toolCallId, result: errorTextOf(chunk), isError: true });
      else if (type === 'tool-output-denied') emit({ type: 'tool-approval', choice: 0, toolCallId, approvalId: call?.approvalId, state: 'denied' });
      else {
        const approvalId = nonEmptyString(chunk.approvalId);
        if (call !== undefined) call.approvalId = approvalId;
        emit({ type: 'tool-approval', choice: 0, toolCallId, approvalId });
      }
    },
    endAll(emit) {
      for (const [toolCallId, call] of calls) endCall(toolCallId, call, emit);
    },
  };
}

const errorTextOf = (chunk: AiSdkUiChunk): string =>
  typeof chunk.errorText === 'string' ? chunk.errorText : 'The tool failed without saying why.';
