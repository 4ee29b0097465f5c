import type { ChatChoice, ToolCall } from './ChatMessage';
import type { ToolCallBuffer } from './createToolCallBuffer';

/** What the parts of one choice have built so far; mutated in place on the token path. */
export interface ChoiceDraft {
  content: string;
  reasoning: string;
  refusal: string;
  finishReason: string | undefined;
  calls: ToolCallBuffer[];
  callsByIndex: Map<number, ToolCallBuffer>;
}

/** The drafts of every choice of one answer; see {@link createChoiceDrafts}. */
export interface ChoiceDrafts {
  /** Choice 0's draft (the message itself), once a part for it arrived. */
  readonly primary: ChoiceDraft | undefined;
  /** The draft of `choice`, made on its first part. */
  draftFor(choice: number): ChoiceDraft;
  /** The other choices, in index order, or `undefined` when only choice 0 streamed. */
  extraChoices(final: boolean): ChatChoice[] | undefined;
}

/** A draft's tool calls: live snapshots while streaming, strict parses once `final`. */
export function callsOf(draft: ChoiceDraft, final: boolean): ToolCall[] | undefined {
  return draft.calls.length === 0 ? undefined : draft.calls.map((call) => (final ? call.finalize() : call.snapshot()));
}

const newDraft = (): ChoiceDraft => ({
  content: '',
  reasoning: '',
  refusal: '',
  finishReason: undefined,
  calls: [],
  callsByIndex: new Map(),
});

/**
 * Keeps the drafts of an answer's choices. Choice 0 is nearly always the only one and has a slot of its
 * own; the others live in a map with a sorted list of their indexes, so a choice index costs one entry
 * however large it is, and building the choices walks only the choices that exist.
 */
export function createChoiceDrafts(): ChoiceDrafts {
  let primary: ChoiceDraft | undefined;
  const others = new Map<number, ChoiceDraft>();
  const otherIndexes: number[] = [];

  return {
    get primary() {
      return primary;
    },
    draftFor(choice) {
      if (choice === 0) return (primary ??= newDraft());
      let draft = others.get(choice);
      if (!draft) {
        draft = newDraft();
        others.set(choice, draft);
        otherIndexes.push(choice);
        otherIndexes.sort((a, b) => a - b);
      }
      return draft;
    },
    extraChoices(final) {
      if (otherIndexes.length === 0) return undefined;
      return otherIndexes.map((index) => {
        const draft = others.get(index)!;
        const choice: ChatChoice = { index, content: draft.content };
        if (draft.reasoning) choice.reasoning = draft.reasoning;
        if (draft.refusal) choice.refusal = draft.refusal;
        const calls = callsOf(draft, final);
        if (calls) choice.toolCalls = calls;
        if (draft.finishReason) choice.finishReason = draft.finishReason;
        return choice;
      });
    },
  };
}
