'use client';
import { useMemo } from 'react';
import type { ToolCallPart } from '../../message';
import { useOptionalChatStore } from '../../react/ChatProvider';
import type { ChatTurnResult } from '../../store/ChatState';
import { useOptionalToolCall } from './toolCallContext';

/** Options of {@link ToolCallActions.addResult}. */
export interface ToolCallResultOptions {
  /** The tool failed: the model reads the result as an error. */
  isError?: boolean;
}

/** What a tool's component can do with its call; see {@link useToolCallActions}. */
export interface ToolCallActions {
  /** True while the call waits for a person's decision (`approval.state` is `'requested'`). */
  awaitingApproval: boolean;
  /** Runs the call (`approveToolCall`); resolves `'ignored'` unless it awaits approval. */
  approve(): Promise<ChatTurnResult>;
  /** Refuses the call (`denyToolCall`), the model reading `reason`; `'ignored'` unless it awaits approval. */
  deny(reason?: string): Promise<ChatTurnResult>;
  /** Answers the call (`addToolResult`): a render-only tool's form or picker gives the model its result. */
  addResult(result: unknown, options?: ToolCallResultOptions): void;
}

/**
 * Approve, deny or answer a tool call from its component, through the chat's store. `null` when there
 * is nothing to do: outside a chat (a card showing history has no store to answer), while the
 * arguments still stream, once the call has a result, and for a tool the provider runs itself.
 * Without `call`, the call of the enclosing `ToolCall.Root`.
 *
 * @example
 * function ConfirmCard({ part }: ToolCallPartProps) {
 *   const actions = useToolCallActions(part);
 *   return actions ? <button onClick={() => actions.addResult({ confirmed: true })}>Confirm</button> : null;
 * }
 */
export function useToolCallActions(call?: ToolCallPart): ToolCallActions | null {
  const store = useOptionalChatStore();
  const fromContext = useOptionalToolCall();
  const part = call ?? fromContext;
  const id = part?.toolCallId;
  const open = part !== null && part.state !== 'streaming' && part.result === undefined && part.providerExecuted !== true;
  const awaitingApproval = part?.approval?.state === 'requested';
  // Keyed on what decides the answer, not on the part object, so a memoized child given the actions
  // keeps them while the call's other fields change.
  return useMemo(() => {
    if (!store || !open || id === undefined) return null;
    return {
      awaitingApproval,
      approve: () => store.approveToolCall(id),
      deny: (reason?: string) => store.denyToolCall(id, reason),
      addResult: (result: unknown, options?: ToolCallResultOptions) =>
        store.addToolResult(options?.isError ? { toolCallId: id, result, isError: true } : { toolCallId: id, result }),
    };
  }, [store, open, id, awaitingApproval]);
}
