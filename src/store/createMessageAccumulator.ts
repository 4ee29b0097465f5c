import type { StreamPart, ChatUsage } from '../protocols/StreamPart';
import { ChatStreamError } from '../sse/ChatStreamError';
import type { ChatMessage, ChatMessageStatus } from './ChatMessage';
import { callsOf, createChoiceDrafts } from './createChoiceDrafts';
import { createToolCallBuffer } from './createToolCallBuffer';

/** How a stream ended, as far as its parts tell. */
export interface StreamOutcome {
  /** The server sent its terminator (`[DONE]`, `message_stop`, …). */
  done: boolean;
  /** At least one choice reported a finish reason. */
  finished: boolean;
  /** The first in-band error the server reported. */
  error: ChatStreamError | undefined;
}

/**
 * Folds {@link StreamPart}s into one assistant message. Parts mutate a private draft; `snapshot()` makes
 * the immutable message that the store publishes, at most once per flush, so the per-token cost is a
 * string append and never a copy of the message.
 */
export interface MessageAccumulator {
  /** Applies one part to the draft. */
  apply(part: StreamPart): void;
  /** Whether anything changed since the last snapshot. */
  readonly dirty: boolean;
  /** What the parts said about the end of the stream. */
  readonly outcome: StreamOutcome;
  /** The message as it stands, with `status: 'streaming'`. */
  snapshot(): ChatMessage;
  /** Ends the message: strict-parses tool calls and sets the final status, error and timing. */
  finalize(status: ChatMessageStatus, error?: ChatStreamError): ChatMessage;
  /**
   * Ends the message from how the stream ended: `'stopped'` when stopped or aborted; `'error'` on a
   * transport failure, an in-band error, or a body that ended with neither a terminator nor a finish
   * reason (`'incomplete'`); `'complete'` otherwise.
   */
  end(ending?: StreamEnding): ChatMessage;
}

/** How the transport ended, for {@link MessageAccumulator.end}. */
export interface StreamEnding {
  /** The user stopped the turn. */
  stopped?: boolean;
  /** The transport failed (HTTP, network, timeout, malformed frame, abort). */
  failure?: ChatStreamError;
}

const incompleteError = () =>
  new ChatStreamError('incomplete', 'The stream ended before the answer was finished (no [DONE] and no finish reason).');

/** Creates an accumulator that starts from `base` (the empty assistant message of a turn). */
export function createMessageAccumulator(base: ChatMessage, now: () => number = Date.now): MessageAccumulator {
  const drafts = createChoiceDrafts();
  const draftFor = drafts.draftFor;
  const outcome: StreamOutcome = { done: false, finished: false, error: undefined };
  let usage: ChatUsage | undefined;
  let model = base.model;
  let streamed = base.streamed;
  let firstTokenAt: number | undefined;
  let dirty = false;
  let current = base;

  const token = () => {
    firstTokenAt ??= now();
    dirty = true;
  };

  const apply = (part: StreamPart): void => {
    switch (part.type) {
      case 'text':
        draftFor(part.choice).content += part.delta;
        return token();
      case 'reasoning':
        draftFor(part.choice).reasoning += part.delta;
        return token();
      case 'refusal':
        draftFor(part.choice).refusal += part.delta;
        return token();
      case 'tool-call': {
        const draft = draftFor(part.choice);
        let call = draft.callsByIndex.get(part.index);
        if (!call) {
          call = createToolCallBuffer(part.index, `call_${base.id}_${part.choice}_${part.index}`);
          draft.callsByIndex.set(part.index, call);
          draft.calls.push(call);
        }
        call.append(part.id, part.name, part.argumentsDelta, part.custom);
        return token();
      }
      case 'finish':
        draftFor(part.choice).finishReason = part.reason;
        outcome.finished = true;
        dirty = true;
        return;
      case 'usage':
        usage = part.usage;
        dirty = true;
        return;
      case 'metadata':
        if (part.model) model = part.model;
        if (part.streamed === false) streamed = false;
        dirty = true;
        return;
      case 'error':
        outcome.error ??= part.error;
        return;
      case 'done':
        outcome.done = true;
        return;
    }
  };

  const build = (status: ChatMessageStatus, final: boolean, error?: ChatStreamError): ChatMessage => {
    const primary = drafts.primary;
    const message: ChatMessage = {
      ...base,
      content: primary?.content ?? '',
      status,
      timing: { startedAt: base.timing?.startedAt ?? now(), firstTokenAt },
    };
    if (primary?.reasoning) message.reasoning = primary.reasoning;
    if (primary?.refusal) message.refusal = primary.refusal;
    if (primary) message.toolCalls = callsOf(primary, final);
    if (primary?.finishReason) message.finishReason = primary.finishReason;
    if (usage) message.usage = usage;
    if (model) message.model = model;
    if (streamed === false) message.streamed = false;
    if (error) message.error = error;
    const choices = drafts.extraChoices(final);
    if (choices) message.choices = choices;
    if (message.toolCalls === undefined) delete message.toolCalls;
    return message;
  };

  const finalize = (status: ChatMessageStatus, error?: ChatStreamError): ChatMessage => {
    const message = build(status, true, error);
    const endedAt = now();
    message.timing = { ...message.timing!, endedAt };
    const started = firstTokenAt ?? message.timing.startedAt;
    if (usage && usage.outputTokens > 0 && endedAt > started) {
      message.timing.tokensPerSecond = (usage.outputTokens * 1000) / (endedAt - started);
    }
    current = message;
    dirty = false;
    return message;
  };

  return {
    apply,
    get dirty() {
      return dirty;
    },
    outcome,
    snapshot() {
      if (dirty) {
        current = build('streaming', false);
        dirty = false;
      }
      return current;
    },
    finalize,
    end({ stopped = false, failure } = {}) {
      if (stopped || failure?.code === 'aborted') return finalize('stopped');
      const error = failure ?? outcome.error ?? (outcome.done || outcome.finished ? undefined : incompleteError());
      return finalize(error ? 'error' : 'complete', error);
    },
  };
}
