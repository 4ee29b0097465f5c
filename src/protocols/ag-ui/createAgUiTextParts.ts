import type { EmitStreamPart } from '../StreamDecoder';

/** The text and reasoning of one AG-UI response, and where its steps begin. */
export interface AgUiTextParts {
  /** A tool result arrived: the next output is the agent's next model call. */
  afterToolResult(): void;
  /** Emits a `step-start` when this output is the first since a tool result. */
  beginOutput(emit: EmitStreamPart): void;
  /**
   * `TEXT_MESSAGE_START`: ends a text message still open, so two messages stay two parts; the message id
   * goes on the part's `providerData.messageId`, for the request encoder to send back.
   */
  startText(messageId: string | undefined, emit: EmitStreamPart): void;
  /** A text delta; empty deltas are dropped. */
  text(delta: string, emit: EmitStreamPart): void;
  /** `TEXT_MESSAGE_END`: closes the text part. */
  endText(emit: EmitStreamPart): void;
  /** `REASONING_MESSAGE_START`: a new reasoning part, with its message id as for text. */
  startReasoning(messageId: string | undefined, emit: EmitStreamPart): void;
  /** A reasoning delta; empty deltas are dropped. */
  reasoning(delta: string, emit: EmitStreamPart): void;
  /** `REASONING_END`: closes the reasoning part. */
  endReasoning(emit: EmitStreamPart): void;
  /**
   * `REASONING_ENCRYPTED_VALUE` for a message: the open reasoning part's `encrypted` value when it names
   * that part's message, otherwise a reasoning part of its own with no readable text, naming the entity
   * in `providerData.entityId`.
   */
  encrypted(entityId: string | undefined, value: string, emit: EmitStreamPart): void;
}

/**
 * Creates the text and reasoning writer of one response. A reasoning part stays open after
 * `REASONING_MESSAGE_END` until `REASONING_END` (or the next reasoning message), because the encrypted
 * value of the reasoning may come between the two; any other part in between closes it anyway.
 */
export function createAgUiTextParts(): AgUiTextParts {
  let textOpen = false;
  let reasoningOpen = false;
  let reasoningId: string | undefined;
  // Ids wait for the first delta of their message, so that an empty message leaves no part behind.
  let textIdPending: string | undefined;
  let reasoningIdPending: string | undefined;
  let stepPending = false;

  const parts: AgUiTextParts = {
    afterToolResult() {
      stepPending = true;
    },
    beginOutput(emit) {
      if (!stepPending) return;
      stepPending = false;
      emit({ type: 'step-start', choice: 0 });
    },
    startText(messageId, emit) {
      parts.endText(emit);
      textOpen = true;
      textIdPending = messageId;
    },
    text(delta, emit) {
      if (delta === '') return;
      if (stepPending) parts.beginOutput(emit);
      if (textIdPending === undefined) return emit({ type: 'text', choice: 0, delta });
      emit({ type: 'text', choice: 0, delta, providerData: { messageId: textIdPending } });
      textIdPending = undefined;
    },
    endText(emit) {
      if (textOpen) emit({ type: 'part-end', choice: 0 });
      textOpen = false;
      textIdPending = undefined;
    },
    startReasoning(messageId, emit) {
      parts.endReasoning(emit);
      reasoningOpen = true;
      reasoningId = reasoningIdPending = messageId;
    },
    reasoning(delta, emit) {
      if (delta === '') return;
      if (stepPending) parts.beginOutput(emit);
      if (reasoningIdPending === undefined) return emit({ type: 'reasoning', choice: 0, delta });
      emit({ type: 'reasoning', choice: 0, delta, providerData: { messageId: reasoningIdPending } });
      reasoningIdPending = undefined;
    },
    endReasoning(emit) {
      if (reasoningOpen) emit({ type: 'part-end', choice: 0 });
      reasoningOpen = false;
      reasoningId = reasoningIdPending = undefined;
    },
    encrypted(entityId, value, emit) {
      const own = !reasoningOpen || entityId === undefined || entityId !== reasoningId;
      if (own) parts.endReasoning(emit);
      // `entityId`, not `messageId`: the entity may be a text message, whose request message then carries it.
      const providerData = own && entityId !== undefined ? { entityId } : undefined;
      emit({ type: 'reasoning', choice: 0, delta: '', encrypted: value, providerData });
      if (own) emit({ type: 'part-end', choice: 0 });
    },
  };
  return parts;
}
