import type { ChatMessage } from '../message';
import type { ChatMessageInit } from './ChatStoreOptions';
import type { ToolResultInput } from './ChatState';
import { ChatStreamError } from '../sse/ChatStreamError';

/**
 * Returns `messages` with the message of the same id replaced. Searches from the end because the
 * streaming message is almost always the last; every other message keeps its identity.
 */
export function replaceMessage(messages: ChatMessage[], message: ChatMessage): ChatMessage[] {
  for (let index = messages.length - 1; index >= 0; index--) {
    if (messages[index]!.id !== message.id) continue;
    if (messages[index] === message) return messages;
    const next = messages.slice();
    next[index] = message;
    return next;
  }
  return messages;
}

/**
 * Gives outside messages an id and a status. Without `generateId`, a message without an id gets one
 * from its position (`msg_init_0`, …): the store is made during render, where nothing random may run
 * (a server render and its hydration must agree, and Next.js prerendering rejects it). Random ids
 * never contain `_init_`, so these cannot collide with them.
 */
export function normalizeMessages(
  messages: readonly ChatMessageInit[],
  generateId: (() => string) | undefined,
): ChatMessage[] {
  return messages.map((message, index) => ({
    ...message,
    id: message.id ?? (generateId ? generateId() : `msg_init_${index}`),
    // Messages come from app code, storage or a server: a missing part list must not crash every reader.
    parts: Array.isArray(message.parts) ? message.parts : [],
    status: message.status ?? 'complete',
  }));
}

/**
 * Makes short ids that are unique within a page; `crypto.randomUUID` is missing outside secure
 * contexts. The random seed is drawn on the first id, not when the generator is made, so that making a
 * store (during render) stays deterministic.
 */
export function createIdGenerator(prefix = 'msg'): () => string {
  let seed: string | undefined;
  let counter = 0;
  return () => {
    seed ??= Math.random().toString(36).slice(2, 8);
    return `${prefix}_${seed}${(counter++).toString(36)}`;
  };
}

/** Whether every call of `message` that the app must answer (not run by the provider) has a result. */
export const allAnswered = (message: ChatMessage): boolean =>
  message.parts.every((part) => part.type !== 'tool-call' || part.providerExecuted === true || part.result !== undefined);

/** The index of the last message that holds the tool call `toolCallId`; -1 when none does. */
export const findCallOwner = (messages: readonly ChatMessage[], toolCallId: string): number =>
  messages.findLastIndex((message) => message.parts.some((part) => part.type === 'tool-call' && part.toolCallId === toolCallId));

/**
 * Records a tool result on its tool-call part, in the message that holds the call; every other message
 * and part keeps its identity.
 */
export function applyToolResult(
  messages: ChatMessage[],
  { toolCallId, result: given, isError }: ToolResultInput,
): { messages: ChatMessage[]; allAnswered: boolean } {
  // A tool that returns nothing still answered: `undefined` has no JSON form and would leave the call
  // looking unanswered, so it is recorded and sent as `null`.
  const result = given === undefined ? null : given;
  const index = findCallOwner(messages, toolCallId);
  const owner = messages[index];
  if (!owner) throw new ChatStreamError('config', `addToolResult: no tool call has the id "${toolCallId}".`);
  const parts = owner.parts.map((part) => {
    if (part.type !== 'tool-call' || part.toolCallId !== toolCallId) return part;
    const next = { ...part, result };
    if (isError) next.isError = true;
    else delete next.isError;
    return next;
  });
  const updated = { ...owner, parts };
  const next = messages.slice();
  next[index] = updated;
  return { messages: next, allAnswered: allAnswered(updated) };
}

/**
 * `message` with the answers (results, approval decisions) that `stored`, the store's copy of the same
 * message, got meanwhile from the app (`addToolResult` or `approveToolCall` while other tools of the
 * step still ran).
 */
export function mergeAnswers(message: ChatMessage, stored: ChatMessage | undefined): ChatMessage {
  if (!stored || stored === message) return message;
  let changed = false;
  const parts = message.parts.map((part) => {
    if (part.type !== 'tool-call' || part.result !== undefined) return part;
    const other = stored.parts.find((candidate) => candidate.type === 'tool-call' && candidate.toolCallId === part.toolCallId);
    const decided = other?.type === 'tool-call' && part.approval?.state === 'requested' && (other.approval?.state ?? 'requested') !== 'requested';
    if (other?.type !== 'tool-call' || (other.result === undefined && !decided)) return part;
    changed = true;
    return other;
  });
  return changed ? { ...message, parts } : message;
}

/** Sets a call's approval decision (and, for a denial, its error result); `undefined` when it awaits none. */
export function decideApproval(message: ChatMessage, toolCallId: string, approved: boolean, reason?: string): ChatMessage | undefined {
  let found = false;
  const parts = message.parts.map((part) => {
    if (part.type !== 'tool-call' || part.toolCallId !== toolCallId || part.approval?.state !== 'requested') return part;
    found = true;
    const approval = { ...part.approval, state: approved ? ('approved' as const) : ('denied' as const), ...(reason !== undefined ? { reason } : {}) };
    if (approved) return { ...part, approval };
    return { ...part, approval, result: reason ? `The user denied this call: ${reason}` : 'The user denied this call.', isError: true as const };
  });
  return found ? { ...message, parts } : undefined;
}
