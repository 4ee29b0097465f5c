import type { ChatActions, ChatTurnResult } from './ChatState';
import { ignored, type ChatStoreContext } from './ChatStoreContext';
import type { TurnRunner } from './createTurnRunner';
import { applyToolResult, decideApproval, findCallOwner, replaceMessage } from './messageList';
import { hasTools } from './ChatTool';

/** The actions that answer tool calls: a result, an approval, a denial. */
export type ToolActions = Pick<ChatActions, 'addToolResult' | 'approveToolCall' | 'denyToolCall'>;

/**
 * Creates the tool actions of a chat store. With `tools`, an answer that completes the last message's
 * step resumes that message (the same turn, a new step); without, `sendToolResults: 'auto'` starts a
 * new turn. A stopped or failed turn never goes on by itself: the user asks with `continue()`.
 */
export function createToolActions({ get, set, options }: ChatStoreContext, turns: TurnRunner): ToolActions {

  // A decision goes on with the paused message when it is the last one: a client tool runs (or its
  // denial is sent), a server-side approval is sent back; the turn continues once every call is answered.
  const decide = (toolCallId: string, approved: boolean, reason?: string): Promise<ChatTurnResult> => {
    const { messages } = get();
    const index = findCallOwner(messages, toolCallId);
    const decided = index === -1 ? undefined : decideApproval(messages[index]!, toolCallId, approved, reason);
    if (!decided) return ignored();
    const turn = turns.active();
    if (index !== messages.length - 1 || turn || decided.status !== 'complete') {
      set({ messages: replaceMessage(messages, decided) });
      // The turn running on this message takes the decision up when its tools are done.
      return turn?.messageId === decided.id && turn.result ? turn.result : ignored();
    }
    return turns.run(messages.slice(0, -1), decided);
  };

  return {
    addToolResult(input) {
      const { messages, allAnswered } = applyToolResult(get().messages, input);
      set({ messages });
      if (!allAnswered || turns.active()) return;
      const owner = messages.at(-1);
      const answersLast = owner?.parts.some((part) => part.type === 'tool-call' && part.toolCallId === input.toolCallId);
      if (hasTools(options().tools) && owner && answersLast) {
        if (owner.status === 'complete') void turns.run(messages.slice(0, -1), owner);
      } else if (options().sendToolResults === 'auto') void turns.run(messages);
    },
    approveToolCall: (toolCallId) => decide(toolCallId, true),
    denyToolCall: (toolCallId, reason) => decide(toolCallId, false, reason),
  };
}
