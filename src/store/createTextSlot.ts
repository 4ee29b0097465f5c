import type { ProviderData, ReasoningPart } from '../message';

/** The text-like part kinds, which grow from deltas. */
export type TextLike = 'text' | 'reasoning' | 'refusal';

/** A text-like part still growing from deltas; its snapshot is cached until the next delta. */
export interface TextSlot {
  kind: TextLike;
  /** The text up to the deltas still in `pending`. */
  text: string;
  /** The latest deltas, joined into `text` a block at a time (see {@link appendText}). */
  pending: string[];
  extra: Partial<Pick<ReasoningPart, 'signature' | 'redacted' | 'encrypted'>> & { providerData?: ProviderData };
  cached: unknown;
}

/**
 * How many deltas wait before they are joined into one flat string. Appending each delta with `+=`
 * builds a rope with one node per token, which the garbage collector copies and promotes on every
 * scavenge for as long as the stream lasts (measured: a third of the Chat Completions decode time on a
 * long answer); joining blocks keeps the deltas short-lived and copies each character once.
 */
const BLOCK = 256;

/** Creates an empty slot of `kind`. */
export const createTextSlot = (kind: TextLike): TextSlot => ({ kind, text: '', pending: [], extra: {}, cached: undefined });

/** Appends one delta: a push on the token path, a join once per block. */
export function appendText(slot: TextSlot, delta: string): void {
  const pending = slot.pending;
  pending.push(delta);
  if (pending.length === BLOCK) flushText(slot);
  slot.cached = undefined;
}

/** The slot's whole text, with the pending deltas joined in. */
export function flushText(slot: TextSlot): string {
  const pending = slot.pending;
  if (pending.length > 0) {
    slot.text += pending.join('');
    pending.length = 0;
  }
  return slot.text;
}
