import type { ChatUsage } from '../../message/ChatUsage';
import type { EmitStreamPart } from '../StreamDecoder';
import { ChatStreamError } from '../../sse/ChatStreamError';
import type { AgUiEvent, AgUiTokenUsage } from './AgUiEvent';

/** The `'protocol'` error of an event that lacks a field the decoder needs, naming the event and the field. */
export function malformedEvent(event: AgUiEvent, what: string): ChatStreamError {
  return new ChatStreamError('protocol', `Malformed AG-UI ${event.type} event: ${what}`, { body: event });
}

/** The string `field` of `event`; throws a `'protocol'` error naming the field when it is not a string. */
export function requireString(event: AgUiEvent, field: 'delta' | 'toolCallId'): string {
  const value = event[field];
  if (typeof value !== 'string') throw malformedEvent(event, `"${field}" must be a string, got ${value === null ? 'null' : typeof value}`);
  return value;
}

/** Emits `value` as a transient `data` part named `name` (the AG-UI events the store keeps no part for). */
export const emitAgUiData = (name: string, value: unknown, emit: EmitStreamPart): void =>
  emit({ type: 'data', choice: 0, name, data: value, transient: true });

/** `value` when it is a non-empty string. */
export const nonEmptyString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * Sums the `usage` list of `RUN_FINISHED` or `RUN_ERROR` (one entry per model call or provider) into
 * one {@link ChatUsage}, keeping the list as `raw`; `undefined` when there is no list. A missing total
 * is input plus output.
 */
export function sumAgUiUsage(usage: unknown): ChatUsage | undefined {
  if (!Array.isArray(usage) || usage.length === 0) return undefined;
  let input = 0;
  let output = 0;
  let total = 0;
  let reasoning: number | undefined;
  let cached: number | undefined;
  for (const entry of usage as (AgUiTokenUsage | null)[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const inputTokens = count(entry.inputTokens);
    const outputTokens = count(entry.outputTokens);
    input += inputTokens;
    output += outputTokens;
    total += typeof entry.totalTokens === 'number' ? count(entry.totalTokens) : inputTokens + outputTokens;
    if (typeof entry.reasoningTokens === 'number') reasoning = (reasoning ?? 0) + count(entry.reasoningTokens);
    if (typeof entry.cachedInputTokens === 'number') cached = (cached ?? 0) + count(entry.cachedInputTokens);
  }
  const result: ChatUsage = { inputTokens: input, outputTokens: output, totalTokens: total, raw: usage };
  if (reasoning !== undefined) result.reasoningTokens = reasoning;
  if (cached !== undefined) result.cachedInputTokens = cached;
  return result;
}

/** The model named by every entry of a `usage` list, when they all name the same one. */
export function usageModel(usage: unknown): string | undefined {
  if (!Array.isArray(usage)) return undefined;
  let model: string | undefined;
  for (const entry of usage as (AgUiTokenUsage | null)[]) {
    const name = typeof entry === 'object' && entry !== null ? nonEmptyString(entry.model) : undefined;
    if (name === undefined || (model !== undefined && model !== name)) return undefined;
    model = name;
  }
  return model;
}
