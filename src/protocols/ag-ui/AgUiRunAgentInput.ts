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
}
