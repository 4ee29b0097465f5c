import type { EmitStreamPart } from '../StreamDecoder';
import { createPartialArgsWriter, type PartialArgsWriter } from './createPartialArgsWriter';
import { nonEmptyString } from './geminiFields';

/** The `functionCall` parts of one candidate, whole or in Vertex AI's streamed pieces. */
export interface GeminiFunctionCalls {
  /** Decodes one `functionCall` object; `signature` is its part's `thoughtSignature`. */
  call(functionCall: Record<string, unknown>, signature: string | undefined, emit: EmitStreamPart, data: string): void;
  /** Decodes an `executableCode` part (built-in code execution) as a provider-run `code_execution` call. */
  code(executableCode: Record<string, unknown>, signature: string | undefined, emit: EmitStreamPart): void;
  /** Decodes a `codeExecutionResult` part as the result of the last `executableCode`. */
  codeResult(result: Record<string, unknown>, emit: EmitStreamPart): void;
  /** Ends a streamed call still open (its closing piece never came) when the candidate finishes. */
  finish(emit: EmitStreamPart): void;
}

/** The tool name of Gemini's built-in code execution, as the tool-call parts it becomes carry it. */
export const GEMINI_CODE_EXECUTION = 'code_execution';

const argumentsText = (args: unknown): string => (args === undefined ? '{}' : JSON.stringify(args));

/**
 * Creates the function-call decoder of the candidate `choice`. Each call gets its own tool-call index,
 * so several calls in one chunk stay apart. Gemini often sends no call id; a call's `id` is passed on
 * when present, and the store names the others.
 *
 * A whole call (`{ name, args }`, `args` possibly missing for a call without parameters) is one
 * tool-call part ended at once. Vertex AI's streamed call opens with `{ name, willContinue: true }`,
 * continues with pieces `{ partialArgs, willContinue }` that name no function, and ends with the first
 * piece without `willContinue` (usually `{}`); its arguments text is written as the pieces arrive. A
 * new named call, or the candidate's finish, also ends a streamed call whose closing piece is missing.
 * The part's `thoughtSignature` goes to the call's `providerData`, to be sent back with it, and so does
 * Gemini's call `id` (`functionCallId`), which the function response must echo.
 *
 * Built-in code execution streams `executableCode` (`{ language, code }`) and then
 * `codeExecutionResult` (`{ outcome, output }`); they become one provider-run `code_execution` call
 * whose result is the outcome and output, an error unless the outcome is `OUTCOME_OK`.
 */
export function createGeminiFunctionCalls(choice: number): GeminiFunctionCalls {
  let next = 0;
  let open: { index: number; writer: PartialArgsWriter } | undefined;
  let lastCode: string | undefined;

  const end = (emit: EmitStreamPart) => {
    if (!open) return;
    emit({ type: 'tool-call', choice, index: open.index, argumentsDelta: open.writer.close(), end: true });
    open = undefined;
  };

  return {
    call(functionCall, signature, emit, data) {
      const name = nonEmptyString(functionCall.name);
      const continues = functionCall.willContinue === true;
      const pieces = Array.isArray(functionCall.partialArgs) ? functionCall.partialArgs : undefined;
      if (name === undefined && open) {
        const delta = pieces ? open.writer.write(pieces, data) : '';
        if (delta !== '') emit({ type: 'tool-call', choice, index: open.index, argumentsDelta: delta });
        if (!continues) end(emit);
        return;
      }
      end(emit);
      // A stray closing piece with no call open carries nothing.
      if (name === undefined && pieces === undefined && functionCall.args === undefined) return;
      const index = next++;
      const id = nonEmptyString(functionCall.id);
      const providerData = signature === undefined && id === undefined ? undefined : { ...(signature && { thoughtSignature: signature }), ...(id && { functionCallId: id }) };
      if (!continues && pieces === undefined) {
        emit({ type: 'tool-call', choice, index, id, name, argumentsDelta: argumentsText(functionCall.args), end: true, providerData });
        return;
      }
      open = { index, writer: createPartialArgsWriter() };
      const delta = pieces ? open.writer.write(pieces, data) : '';
      emit({ type: 'tool-call', choice, index, id, name, argumentsDelta: delta, providerData });
      if (!continues) end(emit);
    },
    code(executableCode, signature, emit) {
      end(emit);
      const index = next++;
      // The code and its result share no id on the wire; this one ties them together within the answer.
      lastCode = `gemini_code_${choice}_${index}`;
      const args = { language: executableCode.language, code: executableCode.code };
      const providerData = signature === undefined ? undefined : { thoughtSignature: signature };
      emit({ type: 'tool-call', choice, index, id: lastCode, name: GEMINI_CODE_EXECUTION, argumentsDelta: JSON.stringify(args), end: true, providerExecuted: true, providerData });
    },
    codeResult(result, emit) {
      if (lastCode === undefined) return;
      const outcome = { outcome: result.outcome, output: result.output };
      emit({ type: 'tool-result', choice, toolCallId: lastCode, result: outcome, ...(result.outcome === 'OUTCOME_OK' ? {} : { isError: true as const }) });
      lastCode = undefined;
    },
    finish: end,
  };
}
