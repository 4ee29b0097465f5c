/**
 * One AG-UI event as it arrives: a JSON object with a string `type` and, depending on the type, the
 * fields below. Every field is optional here because the decoder checks each one it relies on and
 * names the missing field in its error, rather than trusting the wire.
 */
export interface AgUiEvent {
  type: string;
  threadId?: unknown;
  runId?: unknown;
  messageId?: unknown;
  role?: unknown;
  delta?: unknown;
  toolCallId?: unknown;
  toolCallName?: unknown;
  parentMessageId?: unknown;
  content?: unknown;
  /** Not in the spec for `TOOL_CALL_RESULT`, but sent by some hand-written servers instead of `content`. */
  result?: unknown;
  snapshot?: unknown;
  messages?: unknown;
  stepName?: unknown;
  name?: unknown;
  value?: unknown;
  event?: unknown;
  source?: unknown;
  message?: unknown;
  code?: unknown;
  outcome?: unknown;
  usage?: unknown;
  subtype?: unknown;
  entityId?: unknown;
  encryptedValue?: unknown;
}

/** One entry of the `usage` list of `RUN_FINISHED` and `RUN_ERROR` (AG-UI `TokenUsage`). */
export interface AgUiTokenUsage {
  model?: unknown;
  inputTokens?: unknown;
  outputTokens?: unknown;
  totalTokens?: unknown;
  reasoningTokens?: unknown;
  cachedInputTokens?: unknown;
}
