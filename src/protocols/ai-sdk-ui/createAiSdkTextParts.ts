import type { ProviderData } from '../../message';
import type { EmitStreamPart } from '../StreamDecoder';
import type { StreamPart } from '../StreamPart';

type TextKind = 'text' | 'reasoning';

/**
 * Places the text and reasoning chunks of one AI SDK UI stream, and the step boundaries between
 * everything else, on the store's "one open part" model (see `StreamPart`).
 */
export interface AiSdkTextParts {
  /** `text-start` / `reasoning-start`. */
  start(kind: TextKind, id: string, providerData: ProviderData | undefined, emit: EmitStreamPart): void;
  /** `text-delta` / `reasoning-delta`: the per-token path. */
  delta(kind: TextKind, id: string, delta: string, providerData: ProviderData | undefined, emit: EmitStreamPart): void;
  /** `text-end` / `reasoning-end`. */
  end(kind: TextKind, id: string, providerData: ProviderData | undefined, emit: EmitStreamPart): void;
  /** Called before any other part that opens a message part (tool call, file, source, data). */
  beginPart(emit: EmitStreamPart): void;
  /** `start-step`. */
  startStep(): void;
  /** `finish-step`: closes the open part, as the SDK forgets its active parts there. */
  finishStep(emit: EmitStreamPart): void;
}

// Shared: the part carries nothing but its type, and the store never mutates parts.
const PART_END: StreamPart = { type: 'part-end', choice: 0 };
const STEP_START: StreamPart = { type: 'step-start', choice: 0 };

/**
 * Creates the placement state of one response.
 *
 * Text and reasoning parts are opened lazily, by their first delta (or by a start or end chunk that
 * carries `providerMetadata`, so that redacted reasoning with no text still becomes a part): a
 * start/end pair with nothing in between adds no empty part. A delta for another id of the kind that is
 * open closes the open part first, so parts with different ids never merge; when two ids of one kind
 * overlap (the SDK allows it), each switch starts a new part, and the `providerMetadata` of an end chunk
 * for a part that is no longer open has no part to go to and is dropped.
 *
 * Steps: `start-step` emits a `step-start` part only when the message already holds something, and only
 * when the next step's first part arrives. So there is no leading empty step, several boundaries with
 * nothing between them (the LangChain adapter opens a step just for tool outputs, which attach to
 * earlier calls) become one, and a stream that ends right after `start-step` leaves no trailing one.
 */
export function createAiSdkTextParts(): AiSdkTextParts {
  let openKind: TextKind | undefined;
  let openId = '';
  let hasContent = false;
  let stepPending = false;

  const beginPart = (emit: EmitStreamPart) => {
    if (stepPending) {
      stepPending = false;
      emit(STEP_START);
    }
    hasContent = true;
    openKind = undefined;
  };

  // Makes the part of `kind` and `id` the open one; the caller then emits into it.
  const focus = (kind: TextKind, id: string, emit: EmitStreamPart) => {
    if (stepPending) beginPart(emit);
    else if (openKind === kind) emit(PART_END);
    hasContent = true;
    openKind = kind;
    openId = id;
  };

  const delta: AiSdkTextParts['delta'] = (kind, id, text, providerData, emit) => {
    if (openKind !== kind || openId !== id) focus(kind, id, emit);
    emit(providerData === undefined ? { type: kind, choice: 0, delta: text } : { type: kind, choice: 0, delta: text, providerData });
  };

  return {
    start(kind, id, providerData, emit) {
      if (openKind === kind && openId === id) {
        // The same id started again: a new part, as the SDK makes one on every start chunk.
        emit(PART_END);
        openKind = undefined;
      }
      if (providerData !== undefined) delta(kind, id, '', providerData, emit);
    },
    delta,
    end(kind, id, providerData, emit) {
      if (openKind !== kind || openId !== id) return;
      if (providerData !== undefined) emit({ type: kind, choice: 0, delta: '', providerData });
      emit(PART_END);
      openKind = undefined;
    },
    beginPart,
    startStep() {
      if (hasContent) stepPending = true;
      openKind = undefined;
    },
    finishStep(emit) {
      if (openKind === undefined) return;
      emit(PART_END);
      openKind = undefined;
    },
  };
}
