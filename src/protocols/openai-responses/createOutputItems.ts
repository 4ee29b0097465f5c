import type { ProviderData } from '../../message';
import type { EmitStreamPart } from '../StreamDecoder';
import { HOSTED_TOOL_NAMES } from './hostedToolCalls';
import { nonEmptyString, type OpenAIResponsesItem } from './OpenAIResponsesEvent';
import type { ResponsesSource } from './readAnnotation';

/** What the decoder remembers about one output item, found by its `output_index`. */
export interface OutputItem {
  /** The item's `type` (`message`, `reasoning`, `function_call`, …); `''` until it is announced. */
  kind: string;
  /** The item id announced first. Later events may name others (GitHub Copilot), so this one is kept. */
  itemId: string | undefined;
  /** The call id of a function or custom tool call, once known. */
  callId: string | undefined;
  /** Set on the first part the item opens: its id (and message `phase`), for the request encoder. */
  providerData: ProviderData | undefined;
  /** Content streamed for it, so that `output_item.done` fills in only what never streamed. */
  streamed: boolean;
  /** Annotation events arrived for it, so those repeated in the finished item are not read again. */
  annotated: boolean;
  /** Sources held back until the item ends, so that a citation never splits the text it annotates. */
  sources: ResponsesSource[] | undefined;
}

/** The text-like part kinds, each of which becomes its own part per output item and per entry. */
export type OpenKind = 'text' | 'refusal' | 'summary' | 'reasoning';

/**
 * The output items of one response by `output_index`, and which text-like part is open. Matching by
 * `output_index` rather than `item_id` is what the openai SDK does too, and it is the only key GitHub
 * Copilot's endpoint keeps stable (it sends a new `item_id` on every event).
 */
export interface OutputItems {
  /** The item at `index`, created (kind `''`) when no `output_item.added` announced it. */
  at(index: number): OutputItem;
  /** Records the item of `response.output_item.added`. */
  add(index: number, item: OpenAIResponsesItem): OutputItem;
  /**
   * Makes `kind` of item `index`, entry `sub` the open part; when another part was open, emits
   * `part-end` first so that the deltas to come start a new part. Returns whether the part is new.
   */
  open(kind: OpenKind, index: number, sub: number, emit: EmitStreamPart): boolean;
  /** Whether the open part is a reasoning part of item `index`. */
  reasoningOpenAt(index: number): boolean;
  /** Closes the open part when it belongs to item `index`. */
  closeAt(index: number, emit: EmitStreamPart): void;
}

/** Creates the per-response {@link OutputItems}. */
export function createOutputItems(): OutputItems {
  const items = new Map<number, OutputItem>();
  let openKind: OpenKind | '' = '';
  let openIndex = -1;
  let openSub = -1;

  const create = (index: number, kind: string): OutputItem => {
    const item: OutputItem = {
      kind,
      itemId: undefined,
      callId: undefined,
      providerData: undefined,
      streamed: false,
      annotated: false,
      sources: undefined,
    };
    items.set(index, item);
    return item;
  };

  const close = (emit: EmitStreamPart): void => {
    if (openKind === '') return;
    openKind = '';
    openIndex = -1;
    emit({ type: 'part-end', choice: 0 });
  };

  return {
    at: (index) => items.get(index) ?? create(index, ''),
    add(index, wire) {
      const kind = typeof wire.type === 'string' ? wire.type : '';
      const item = items.get(index) ?? create(index, kind);
      item.kind = kind;
      item.itemId ??= nonEmptyString(wire.id);
      item.callId ??= nonEmptyString(wire.call_id);
      const phase = nonEmptyString(wire.phase);
      if (item.itemId !== undefined || phase !== undefined) {
        const data: ProviderData = {};
        if (item.itemId !== undefined) data.itemId = item.itemId;
        if (phase !== undefined) data.phase = phase;
        item.providerData = data;
      }
      return item;
    },
    open(kind, index, sub, emit) {
      // The per-token path: a delta of the open part costs three comparisons.
      if (openKind === kind && openIndex === index && openSub === sub) return false;
      close(emit);
      openKind = kind;
      openIndex = index;
      openSub = sub;
      return true;
    },
    reasoningOpenAt: (index) => openIndex === index && (openKind === 'summary' || openKind === 'reasoning'),
    closeAt(index, emit) {
      if (openIndex === index) close(emit);
    },
  };
}

/** Whether an item `type` is a call to a tool OpenAI runs itself. */
export const isHostedKind = (kind: string): boolean => HOSTED_TOOL_NAMES.has(kind) || kind === 'mcp_call';
