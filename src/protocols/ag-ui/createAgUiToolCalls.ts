import type { EmitStreamPart } from '../StreamDecoder';

/** The tool calls of one AG-UI response, keyed by `toolCallId` and given the numeric index parts group by. */
export interface AgUiToolCalls {
  /**
   * `TOOL_CALL_START` (or the first chunk of a call): announces the call with its name, and keeps the
   * id of the assistant message it belongs to as `providerData.parentMessageId`.
   */
  start(id: string, name: string | undefined, parentMessageId: unknown, emit: EmitStreamPart): void;
  /** `TOOL_CALL_ARGS`: a fragment of the JSON arguments. */
  args(id: string, delta: string, emit: EmitStreamPart): void;
  /** `TOOL_CALL_END`: the arguments are complete, so the call is parsed now. */
  end(id: string, emit: EmitStreamPart): void;
  /** `REASONING_ENCRYPTED_VALUE` for a tool call: kept on the call's `providerData` to be sent back. */
  encrypted(id: string, value: string, emit: EmitStreamPart): void;
  /** An interrupt bound to a call of this response: kept whole on the call's `providerData.interrupt`. */
  interrupt(id: string, interrupt: object, emit: EmitStreamPart): void;
  /**
   * `TOOL_CALL_RESULT`: the result of a call; the result message's id is kept as
   * `providerData.resultMessageId`. Returns whether the call is one of this response's.
   */
  result(id: string, result: unknown, messageId: unknown, emit: EmitStreamPart): boolean;
  /**
   * `MESSAGES_SNAPSHOT`: the results of this response's calls that the snapshot holds as `tool` messages
   * and the stream did not send as events (LlamaIndex sends them only this way). Returns whether any was new.
   */
  resultsFromSnapshot(messages: unknown, emit: EmitStreamPart): boolean;
}

/**
 * Creates the tool-call registry of one response. Calls are numbered in the order their ids first
 * appear, wherever the deltas fall (LangGraph streams one call's arguments across step boundaries).
 * Arguments for an id never started still open a call, so nothing the server sent is dropped (the
 * call ends `'invalid'` for want of a name); an `END` for an unknown or already ended id does nothing.
 */
export function createAgUiToolCalls(): AgUiToolCalls {
  const indexes = new Map<string, number>();
  const ended = new Set<string>();
  const answered = new Set<string>();

  const indexOf = (id: string): number => {
    let index = indexes.get(id);
    if (index === undefined) indexes.set(id, (index = indexes.size));
    return index;
  };

  const result = (id: string, value: unknown, messageId: unknown, emit: EmitStreamPart): boolean => {
    answered.add(id);
    const index = indexes.get(id);
    if (index !== undefined && typeof messageId === 'string' && messageId !== '') {
      emit({ type: 'tool-call', choice: 0, index, argumentsDelta: '', providerData: { resultMessageId: messageId } });
    }
    emit({ type: 'tool-result', choice: 0, toolCallId: id, result: value });
    return index !== undefined;
  };

  return {
    start(id, name, parentMessageId, emit) {
      const providerData = typeof parentMessageId === 'string' && parentMessageId !== '' ? { parentMessageId } : undefined;
      emit({ type: 'tool-call', choice: 0, index: indexOf(id), id, name, argumentsDelta: '', providerData });
    },
    args(id, delta, emit) {
      const known = indexes.has(id);
      const index = indexOf(id);
      if (delta !== '' || !known) emit({ type: 'tool-call', choice: 0, index, id: known ? undefined : id, argumentsDelta: delta });
    },
    end(id, emit) {
      const index = indexes.get(id);
      if (index === undefined || ended.has(id)) return;
      ended.add(id);
      emit({ type: 'tool-call', choice: 0, index, argumentsDelta: '', end: true });
    },
    encrypted(id, value, emit) {
      const index = indexes.get(id);
      if (index === undefined) return;
      emit({ type: 'tool-call', choice: 0, index, argumentsDelta: '', providerData: { encryptedValue: value } });
    },
    interrupt(id, interrupt, emit) {
      const index = indexes.get(id);
      if (index !== undefined) emit({ type: 'tool-call', choice: 0, index, argumentsDelta: '', providerData: { interrupt } });
    },
    result,
    resultsFromSnapshot(messages, emit) {
      if (!Array.isArray(messages)) return false;
      let any = false;
      for (const message of messages as ({ id?: unknown; role?: unknown; toolCallId?: unknown; content?: unknown } | null)[]) {
        if (typeof message !== 'object' || message === null || message.role !== 'tool') continue;
        const id = message.toolCallId;
        if (typeof id !== 'string' || !indexes.has(id) || answered.has(id)) continue;
        result(id, message.content, message.id, emit);
        any = true;
      }
      return any;
    },
  };
}
