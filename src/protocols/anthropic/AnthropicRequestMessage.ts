/** Where an image's or document's bytes are: inline base64, a URL, or (documents) plain text. */
export type AnthropicRequestSource =
  | { type: 'base64'; media_type: string; data: string }
  | { type: 'url'; url: string }
  | { type: 'text'; media_type: 'text/plain'; data: string };

/** A block of a request message's `content`, in the shapes this library sends. */
export type AnthropicRequestContentBlock =
  | { type: 'text'; text: string }
  | { type: 'image'; source: AnthropicRequestSource }
  | { type: 'document'; source: AnthropicRequestSource; title?: string }
  /** Reasoning sent back with the signature that lets the API verify it. */
  | { type: 'thinking'; thinking: string; signature: string }
  | { type: 'redacted_thinking'; data: string }
  | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown>; caller?: unknown }
  /** A tool the API ran itself (`server_tool_use`), or an MCP tool (`mcp_tool_use`, with its `server_name`). */
  | { type: 'server_tool_use' | 'mcp_tool_use'; id: string; name: string; input: Record<string, unknown>; server_name?: string }
  | { type: 'tool_result'; tool_use_id: string; content: string; is_error?: true }
  /** The result of a provider-run tool, as it came (`web_search_tool_result`, `code_execution_tool_result`, …). */
  | { type: `${string}_tool_result`; tool_use_id: string; content: unknown; is_error?: true };

/** A message in the shape the Anthropic Messages API takes; system text goes in the top-level `system`. */
export interface AnthropicRequestMessage {
  role: 'user' | 'assistant';
  content: AnthropicRequestContentBlock[];
}
