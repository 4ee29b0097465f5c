/**
 * The wire shape of one Anthropic Messages stream event (`POST /v1/messages` with `stream: true`), as
 * loose as a network value: every field may be missing or of another type, so the decoder checks each
 * one before use. Only the fields the decoder reads are listed.
 */
export interface AnthropicStreamEvent {
  /** `message_start`, `content_block_start|delta|stop`, `message_delta`, `message_stop`, `ping`, `error`. */
  type?: unknown;
  /** The content block an event is about, counted from 0 within one message. */
  index?: unknown;
  /** `message_start`: the message so far (`id`, `model`, `usage`, an empty `content`). */
  message?: unknown;
  /** `content_block_start`: the block, whole for blocks that stream nothing (`redacted_thinking`, results). */
  content_block?: unknown;
  /** `content_block_delta`: one {@link AnthropicDelta}; `message_delta`: `{ stop_reason, stop_sequence }`. */
  delta?: unknown;
  /** `message_delta`: the usage counters as they now stand (cumulative totals, not increments). */
  usage?: unknown;
  /** `error`: `{ type, message }`. */
  error?: unknown;
}

/** What a `content_block_delta` adds to its block. */
export interface AnthropicDelta {
  /** `text_delta`, `thinking_delta`, `signature_delta`, `input_json_delta`, `citations_delta`. */
  type?: unknown;
  text?: unknown;
  thinking?: unknown;
  signature?: unknown;
  partial_json?: unknown;
  citation?: unknown;
}

/** A content block as `content_block_start` (or a whole, non-streamed message) carries it. */
export interface AnthropicContentBlock {
  type?: unknown;
  /** `text` blocks. */
  text?: unknown;
  /** `text` blocks of a whole message, or one opened with `citations: []`. */
  citations?: unknown;
  /** `thinking` blocks. */
  thinking?: unknown;
  signature?: unknown;
  /** `redacted_thinking` blocks: the encrypted reasoning, to be sent back as it came. */
  data?: unknown;
  /** `tool_use`, `server_tool_use` and `mcp_tool_use` blocks. */
  id?: unknown;
  name?: unknown;
  input?: unknown;
  /** `mcp_tool_use` blocks: the MCP server that runs the tool. */
  server_name?: unknown;
  /** `tool_use` blocks called from code execution (programmatic tool calling): who made the call. */
  caller?: unknown;
  /** `*_tool_result` blocks: the call this answers, and its content. */
  tool_use_id?: unknown;
  content?: unknown;
  /** `mcp_tool_result` blocks. */
  is_error?: unknown;
}

/** One citation of a `citations_delta` (or of a whole text block's `citations`). */
export interface AnthropicCitation {
  /** `web_search_result_location`, `char_location`, `page_location`, `content_block_location`, `search_result_location`. */
  type?: unknown;
  cited_text?: unknown;
  url?: unknown;
  title?: unknown;
  document_title?: unknown;
  /** `search_result_location`: the search result's source (usually a URL). */
  source?: unknown;
  file_id?: unknown;
}
