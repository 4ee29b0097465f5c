import type { ChatMessage } from './ChatMessage';
import type { ChatMessageInit } from './ChatStoreOptions';

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

/**
 * Records a tool result on its call and inserts the `tool` message after the assistant message (and
 * after earlier results of the same answer), where OpenAI expects it.
 */
export function applyToolResult(
  messages: ChatMessage[],
  toolCallId: string,
  given: unknown,
  generateId: () => string,
): { messages: ChatMessage[]; allAnswered: boolean } {
  // A tool that returns nothing still answered: `undefined` has no JSON form (the message would have no
  // content) and would leave the call looking unanswered, so it is recorded and sent as `null`.
  const result = given === undefined ? null : given;
  const index = messages.findLastIndex((message) => message.toolCalls?.some((call) => call.id === toolCallId));
  const owner = messages[index];
  if (!owner?.toolCalls) throw new Error(`addToolResult: no tool call has the id "${toolCallId}".`);
  const toolCalls = owner.toolCalls.map((call) => (call.id === toolCallId ? { ...call, result } : call));
  const toolMessage: ChatMessage = {
    id: generateId(),
    role: 'tool',
    toolCallId,
    content: typeof result === 'string' ? result : JSON.stringify(result),
    status: 'complete',
  };
  let insertAt = index + 1;
  while (messages[insertAt]?.role === 'tool') insertAt++;
  const next = messages.slice();
  next[index] = { ...owner, toolCalls };
  next.splice(insertAt, 0, toolMessage);
  return { messages: next, allAnswered: toolCalls.every((call) => call.result !== undefined) };
}
