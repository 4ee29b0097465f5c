/** What one choice remembers about its tool calls: just enough to place a call that has no `index`. */
interface ChoiceToolCalls {
  /** Index of the call the previous delta belonged to, or -1 before the first call. */
  lastIndex: number;
  /** Highest index seen so far, or -1; a new call without `index` takes the next one. */
  maxIndex: number;
  /** `id` of the call the previous delta belonged to, when it had one. */
  lastId: string | undefined;
}

/** Assigns each streamed tool-call delta the index of the call it belongs to. */
export interface ToolCallIndexer {
  /**
   * Returns the index of the call that a delta with this wire `index` (a number, or missing) and
   * `id` (non-empty, or `undefined`) belongs to, within `choice`.
   */
  resolve(choice: number, index: unknown, id: string | undefined): number;
}

/**
 * Creates the per-response {@link ToolCallIndexer} of the OpenAI Chat decoder.
 *
 * A delta that carries a numeric `index` keeps it, whatever it starts at (Claude behind compatible
 * endpoints starts at 1). A delta without one (Mistral sends whole calls that way) is a new call when
 * it brings an `id` other than the previous call's, or when the choice has no call yet; it then takes
 * the index after the highest seen so far. Otherwise it continues the previous call. State is kept per
 * choice so that `n > 1` streams never move a delta from one answer to another.
 */
export function createToolCallIndexer(): ToolCallIndexer {
  const choices = new Map<number, ChoiceToolCalls>();
  return {
    resolve(choice, index, id) {
      let state = choices.get(choice);
      if (state === undefined) {
        state = { lastIndex: -1, maxIndex: -1, lastId: undefined };
        choices.set(choice, state);
      }
      let resolved: number;
      if (typeof index === 'number') {
        resolved = index;
        // Moving to another call forgets the old id, so an id-less delta after it is not taken for it.
        if (resolved !== state.lastIndex || id !== undefined) state.lastId = id;
      } else if (state.lastIndex < 0 || (id !== undefined && id !== state.lastId)) {
        resolved = state.maxIndex + 1;
        state.lastId = id;
      } else {
        resolved = state.lastIndex;
      }
      state.lastIndex = resolved;
      if (resolved > state.maxIndex) state.maxIndex = resolved;
      return resolved;
    },
  };
}
