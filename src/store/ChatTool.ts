import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { ChatMessage } from '../message';

/**
 * The arguments schema of a {@link ChatTool}: a JSON Schema object (validated with
 * `@cfworker/json-schema`, which needs no `eval` and so runs under a strict CSP), or any Standard Schema
 * (zod, valibot, arktype…), validated with its own `~standard.validate`.
 */
export type ChatToolSchema = Record<string, unknown> | StandardSchemaV1;

/** What {@link ChatTool.execute} gets besides the arguments. */
export interface ChatToolContext {
  /** Aborts when the turn is stopped (or superseded); pass it to any fetch the tool makes. */
  signal: AbortSignal;
  /** The id of the call being answered. */
  toolCallId: string;
  /** The conversation as it stands, the calling assistant message last. */
  messages: readonly ChatMessage[];
}

// Method syntax keeps the argument bivariant, so a tool typed for its own arguments fits `ChatTool`.
type ApprovalCheck<TArgs> = { check(args: TArgs): boolean | Promise<boolean> }['check'];

/** A tool the model may call, declared in every request of the store (`ChatStoreOptions.tools`). */
export interface ChatTool<TArgs = unknown> {
  /** What the tool does, for the model. */
  description?: string;
  /**
   * The arguments schema, sent to the model and checked before the tool runs: arguments that fail it go
   * back to the model as an error result. A Standard Schema without a JSON Schema form is declared as
   * `{ type: 'object' }`. Absent: any object, not checked.
   */
  parameters?: ChatToolSchema;
  /**
   * Runs the tool in the page; its return value is the result (sent as JSON), a throw an error result.
   * Absent: the app answers the call with `addToolResult` (a form, a picker) and the turn waits.
   */
  execute?(args: TArgs, context: ChatToolContext): unknown;
  /**
   * Whether a person must approve the call first: the call then waits with `approval: { state:
   * 'requested' }` until `approveToolCall(id)` runs it or `denyToolCall(id, reason?)` refuses it.
   */
  needsApproval?: boolean | ApprovalCheck<TArgs>;
  /** The tool's successful result ends the agent turn (`metadata.turnEnd: 'terminal-tool'`): an answer tool. */
  terminal?: boolean;
}

/** The budgets and loop guard of an agent turn; see `ChatStoreOptions`. */
export interface AgentTurnLimits {
  /** The most model requests (steps) one agent turn may make. Default 10. */
  maxSteps?: number;
  /** The most output tokens (summed over the steps' reported usage) one turn may spend. Default 100 000. */
  maxOutputTokensPerTurn?: number;
  /**
   * The longest wall time, in ms, of a turn (from its start or its resumption): no step starts after it,
   * and a tool still running then is aborted and answered with an error. Default 5 minutes.
   */
  maxTurnMs?: number;
  /** Ends the turn when the same tool is called with the same arguments text this many times in a row. Default 3. */
  maxRepeatedCalls?: number;
}

/** The defaults of {@link AgentTurnLimits}. */
export const DEFAULT_AGENT_TURN_LIMITS: Required<AgentTurnLimits> = {
  maxSteps: 10,
  maxOutputTokensPerTurn: 100_000,
  maxTurnMs: 5 * 60_000,
  maxRepeatedCalls: 3,
};

/** Whether a chat declares client tools: only then does a turn run the agent loop and send declarations. */
export function hasTools(tools: Readonly<Record<string, ChatTool>> | undefined): tools is Readonly<Record<string, ChatTool>> {
  return tools !== undefined && Object.keys(tools).length > 0;
}
