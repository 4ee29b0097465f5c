/** A tool call of an AG-UI assistant message. */
export interface AgUiToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
  /** The encrypted reasoning the agent attached to the call (`REASONING_ENCRYPTED_VALUE`), sent back. */
  encryptedValue?: string;
}

/** A piece of a multimodal AG-UI user message: text, or a file given inline (base64) or by URL. */
export type AgUiInputContent =
  | { type: 'text'; text: string }
  | {
      type: 'image' | 'audio' | 'video' | 'document';
      source: { type: 'data'; value: string; mimeType: string } | { type: 'url'; value: string; mimeType?: string };
    };

/** A message in the shape AG-UI agents take (`RunAgentInput.messages`). */
export type AgUiMessage =
  | { id: string; role: 'system'; content: string }
  | { id: string; role: 'user'; content: string | AgUiInputContent[] }
  | { id: string; role: 'assistant'; content?: string; toolCalls?: AgUiToolCall[]; encryptedValue?: string }
  | { id: string; role: 'reasoning'; content: string; encryptedValue?: string }
  | { id: string; role: 'tool'; toolCallId: string; content: string; error?: string };

/** A frontend tool as AG-UI declares it (`RunAgentInput.tools`); `parameters` is a JSON Schema. */
export interface AgUiTool {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

/**
 * Something an interrupted run waits for (AG-UI `Interrupt`, spec 1.1): the run ended with `RUN_FINISHED`
 * whose `outcome` is `{ type: 'interrupt', interrupts }`. One with a `toolCallId` (reason `'tool_call'`)
 * asks to approve that call; the decoder keeps it on the call's `providerData.interrupt`.
 */
export interface AgUiInterrupt {
  /** Unique within the run; the resume entry answers by it. */
  id: string;
  /** Why the run stopped: `'tool_call'`, `'input_required'`, `'confirmation'` or a framework's own. */
  reason: string;
  /** A prompt for the person who answers. */
  message?: string;
  /** The tool call the interrupt asks about. */
  toolCallId?: string;
  /** A JSON Schema of the answer (`ResumeEntry.payload`). */
  responseSchema?: Record<string, unknown>;
  /** When the interrupt can no longer be answered. */
  expiresAt?: string;
  /** What the agent attached for the client, passed through as sent. */
  metadata?: Record<string, unknown>;
}

/** The answer to one interrupt, in the `resume` list of the run that continues (AG-UI `ResumeEntry`). */
export interface AgUiResumeEntry {
  /** The `id` of the interrupt this answers. */
  interruptId: string;
  /** `'resolved'`: answered (a denial too, as `payload.approved: false`); `'cancelled'`: abandoned. */
  status: 'resolved' | 'cancelled';
  /** The answer: `{ approved }`, with the `reason` of a denial when one was given. */
  payload?: unknown;
}

/** The body of an AG-UI run request (`RunAgentInput`). */
export interface AgUiRunAgentInput {
  /** The conversation's id; the store's chat id, stable across turns. */
  threadId: string;
  /** A fresh id for this run. */
  runId: string;
  /** The agent state the app holds, sent so that the agent continues from it. */
  state: unknown;
  messages: AgUiMessage[];
  /** Frontend tools the agent may call: the client tools, else none unless the `body` option sets them. */
  tools: AgUiTool[];
  /** Context entries (`{ description, value }`); none unless the `body` option sets them. */
  context: unknown[];
  forwardedProps: Record<string, unknown>;
  /** The answers to the interrupts the previous run ended with; only on the run that continues it. */
  resume?: AgUiResumeEntry[];
}
