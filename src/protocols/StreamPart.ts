import type { FilePart, ProviderData, SourcePart } from '../message/ChatPart';
import type { ChatUsage } from '../message/ChatUsage';
import type { ChatStreamError } from '../sse/ChatStreamError';

export type { ChatUsage } from '../message/ChatUsage';

/**
 * A normalized piece of a streamed answer. Decoders turn wire events into these; the store folds them
 * into a message's parts. `choice` is the OpenAI `choices[].index` (always 0 for single-answer formats),
 * so that `n > 1` streams never mix one answer's text into another's.
 *
 * Folding rules (see `createMessageAccumulator`): a `text`, `reasoning` or `refusal` delta grows the
 * message's last part when that part is of the same type and still open, and opens a new part
 * otherwise; `part-end` closes the open part, so the next delta of the same type starts a new one
 * (Anthropic content blocks, AI SDK `text-end`). Tool-call deltas group by `index`, wherever they fall.
 */
export type StreamPart =
  | {
      type: 'text';
      choice: number;
      delta: string;
      /** Merged into the part's `providerData` (a Gemini `thoughtSignature`, a Responses item id). */
      providerData?: ProviderData;
    }
  | {
      type: 'reasoning';
      choice: number;
      /** Readable reasoning text; may be `''` on a part that only carries the fields below. */
      delta: string;
      /** Appended to the part's `signature` (Anthropic sends it as one `signature_delta`). */
      signature?: string;
      /** Sets the part's `redacted` data (Anthropic `redacted_thinking`). */
      redacted?: string;
      /** Sets the part's `encrypted` content (OpenAI Responses `encrypted_content`). */
      encrypted?: string;
      /** Merged into the part's `providerData`. */
      providerData?: ProviderData;
    }
  | { type: 'refusal'; choice: number; delta: string }
  | {
      type: 'tool-call';
      choice: number;
      /** Key that groups the deltas of one call; the wire `index` where there is one. */
      index: number;
      /** Present on the first delta of a call (or on every delta, depending on the server). */
      id?: string;
      /** Present on the first delta of a call. */
      name?: string;
      /** A fragment of the JSON arguments text, or of a custom tool's free-text input. */
      argumentsDelta: string;
      /**
       * `true` on the deltas of a custom tool call (OpenAI `type: 'custom'`), whose input is free text
       * that must not be parsed as JSON.
       */
      custom?: true;
      /** `true` when the arguments are complete: the call is parsed now rather than when the stream ends. */
      end?: true;
      /**
       * With `end`: the arguments as the server parsed them (AI SDK `tool-input-available`), which win
       * over the parse of the streamed text (the server may have repaired it). The text is kept as it came.
       */
      args?: unknown;
      /** `true` for a tool the provider runs itself. */
      providerExecuted?: true;
      /** Merged into the part's `providerData`. */
      providerData?: ProviderData;
    }
  | {
      type: 'tool-result';
      choice: number;
      /** The `toolCallId` of the call this answers. */
      toolCallId: string;
      result: unknown;
      /** `true` when the result is an error. */
      isError?: true;
    }
  | {
      type: 'tool-approval';
      choice: number;
      /** The `toolCallId` of the call that waits for approval. */
      toolCallId: string;
      /** The server's id for the approval request. */
      approvalId?: string;
      /** `'requested'` (the default) while it waits; `'denied'` when the server reports the call was refused (AI SDK `tool-output-denied`). */
      state?: 'requested' | 'denied';
    }
  | { type: 'file'; choice: number; file: Omit<FilePart, 'type'> }
  | { type: 'source'; choice: number; source: Omit<SourcePart, 'type'> }
  | {
      type: 'data';
      choice: number;
      /** The data type's name. */
      name: string;
      /** A part with the same name and id replaces the earlier one. */
      id?: string;
      data: unknown;
      /** Delivered to the `onData` callback only, never stored on the message. */
      transient?: true;
    }
  | {
      type: 'state';
      /**
       * The agent's shared state as it now stands (AG-UI `STATE_SNAPSHOT`, or the state after a
       * `STATE_DELTA` patch); the store exposes the latest as `ChatState.agentState`.
       */
      state: unknown;
    }
  | { type: 'step-start'; choice: number }
  | { type: 'part-end'; choice: number }
  | { type: 'finish'; choice: number; reason: string }
  | { type: 'usage'; usage: ChatUsage }
  | { type: 'error'; error: ChatStreamError }
  | {
      type: 'metadata';
      id?: string;
      model?: string;
      created?: number;
      /** `false` when the server sent the whole answer at once instead of streaming it. */
      streamed?: boolean;
      /** The stream's latest sequence number (OpenAI Responses). */
      sequenceNumber?: number;
      /** App-defined message metadata, merged over what came before (AI SDK `messageMetadata`). */
      custom?: Record<string, unknown>;
    }
  | { type: 'done' };

/** The `type` of a {@link StreamPart}. */
export type StreamPartType = StreamPart['type'];
