import type { ChatChoice, ChatMessage, ChatMessageMetadata, ChatMessageStatus, ChatUsage } from '../message';
import type { StreamPart } from '../protocols/StreamPart';
import { ChatStreamError } from '../sse/ChatStreamError';
import { createPartList, type PartList } from './createPartList';

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
  /** The latest agent state a `state` part carried, or `undefined` when none did since the last read. */
  takeState(): { value: unknown } | undefined;
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

/** Options of {@link createMessageAccumulator}. */
export interface MessageAccumulatorOptions {
  /** The clock of the message's timing; `Date.now` by default. */
  now?: () => number;
  /** Receives `data` parts marked transient, which are never stored on the message. */
  onData?: (part: { name: string; id?: string; data: unknown }) => void;
}

type ReasoningDelta = Extract<StreamPart, { type: 'reasoning' }>;
const isPlainReasoning = (part: ReasoningDelta): boolean =>
  part.signature === undefined && part.redacted === undefined && part.encrypted === undefined;

const incompleteError = () =>
  new ChatStreamError('incomplete', 'The stream ended before the answer was finished (no terminator and no finish reason).');

/** Creates an accumulator that starts from `base` (the assistant message of a turn, usually empty). */
export function createMessageAccumulator(base: ChatMessage, { now = Date.now, onData }: MessageAccumulatorOptions = {}): MessageAccumulator {
  // A continued answer (the next step of an agent turn) restarts the wire's call indexes at 0, so its
  // generated ids also carry how many parts came before, or they would repeat an earlier step's ids.
  const step = base.parts.length === 0 ? '' : `_${base.parts.length}`;
  const callId = (choice: number) => (index: number) => `call_${base.id}${step}_${choice}_${index}`;
  // Choice 0 is the message itself and nearly always the only one; others are keyed by wire index.
  const primary = createPartList(base.parts, callId(0));
  const others = new Map<number, PartList>();
  const outcome: StreamOutcome = { done: false, finished: false, error: undefined };
  const meta: ChatMessageMetadata = { ...base.metadata };
  // A later step of an agent turn continues a message whose first token came in an earlier step: the
  // turn's time to first token is that one. `firstTokenAt` is this request's own, for its token rate.
  const turnFirstTokenAt = base.metadata?.timing?.firstTokenAt;
  let firstTokenAt: number | undefined;
  let state: { value: unknown } | undefined;
  let dirty = false;
  let current = base;

  const listFor = (choice: number): PartList => {
    if (choice === 0) return primary;
    let list = others.get(choice);
    if (!list) others.set(choice, (list = createPartList([], callId(choice))));
    return list;
  };

  const apply = (part: StreamPart): void => {
    const type = part.type;
    // The token path: nearly every event is a plain text or reasoning delta of the first choice, which
    // skips the switch, the choice lookup and the part list's own dispatch.
    if ((type === 'text' || type === 'reasoning') && part.choice === 0 && part.providerData === undefined && (type === 'text' || isPlainReasoning(part))) {
      if (firstTokenAt === undefined) firstTokenAt = now();
      primary.appendDelta(type, part.delta);
      dirty = true;
      return;
    }
    switch (type) {
      case 'text':
      case 'reasoning':
      case 'refusal':
      case 'tool-call':
        firstTokenAt ??= now();
        listFor(part.choice).apply(part);
        dirty = true;
        return;
      case 'data':
        if (part.transient) {
          onData?.(part);
          return;
        }
        listFor(part.choice).apply(part);
        dirty = true;
        return;
      case 'finish':
        outcome.finished = true;
        listFor(part.choice).apply(part);
        dirty = true;
        return;
      case 'tool-result':
      case 'tool-approval':
      case 'file':
      case 'source':
      case 'step-start':
      case 'part-end':
        listFor(part.choice).apply(part);
        dirty = true;
        return;
      case 'usage':
        meta.usage = part.usage;
        dirty = true;
        return;
      case 'metadata':
        if (part.model) meta.model = part.model;
        if (part.id) meta.responseId = part.id;
        if (part.streamed === false) meta.streamed = false;
        if (part.sequenceNumber !== undefined) meta.sequenceNumber = part.sequenceNumber;
        if (part.custom) meta.custom = { ...meta.custom, ...part.custom };
        dirty = true;
        return;
      case 'state':
        state = { value: part.state };
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

  const choicesOf = (final: boolean): ChatChoice[] | undefined => {
    if (others.size === 0) return undefined;
    return [...others.keys()]
      .sort((a, b) => a - b)
      .map((index) => {
        const list = others.get(index)!;
        const choice: ChatChoice = { index, parts: list.snapshot(final) };
        if (list.finishReason) choice.finishReason = list.finishReason;
        return choice;
      });
  };

  const build = (status: ChatMessageStatus, final: boolean, error?: ChatStreamError): ChatMessage => {
    const first = turnFirstTokenAt ?? firstTokenAt;
    const metadata: ChatMessageMetadata = { ...meta, timing: { startedAt: base.metadata?.timing?.startedAt ?? now(), firstTokenAt: first } };
    if (first === undefined) delete metadata.timing!.firstTokenAt;
    if (primary.finishReason) metadata.finishReason = primary.finishReason;
    const choices = choicesOf(final);
    if (choices) metadata.choices = choices;
    if (error) metadata.error = error;
    return { ...base, parts: primary.snapshot(final), status, metadata };
  };

  const finalize = (status: ChatMessageStatus, error?: ChatStreamError): ChatMessage => {
    const message = build(status, true, error);
    const timing = message.metadata!.timing!;
    const endedAt = (timing.endedAt = now());
    // The rate is this request's: its output tokens over its own streaming time, not the tools' time between steps.
    const started = firstTokenAt ?? timing.startedAt;
    const usage: ChatUsage | undefined = meta.usage;
    if (usage && usage.outputTokens > 0 && endedAt > started) timing.tokensPerSecond = (usage.outputTokens * 1000) / (endedAt - started);
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
    takeState() {
      const taken = state;
      state = undefined;
      return taken;
    },
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
