/**
 * The wire shape of one Responses API stream event (`/v1/responses` with `stream: true`), as loose as
 * the servers that send it: every field may be missing or of another type, so the decoder checks each
 * one before use. Only the fields the decoder reads are listed; `type` names the event.
 */
export interface OpenAIResponsesEvent {
  type?: unknown;
  /** Position of the event in the stream; absent in the 2025-03 shape. */
  sequence_number?: unknown;
  /** Which output item the event belongs to: the only key that ties pieces together (see the decoder). */
  output_index?: unknown;
  /** The item's id. Not trusted for matching: GitHub Copilot sends a new one on every event. */
  item_id?: unknown;
  content_index?: unknown;
  summary_index?: unknown;
  /** A text, refusal, reasoning or arguments fragment. */
  delta?: unknown;
  /** The item of `response.output_item.added` / `.done`. */
  item?: unknown;
  /** The annotation of `response.output_text.annotation.added`. */
  annotation?: unknown;
  /** The response object of the lifecycle events (`response.created`, `.completed`, …). */
  response?: unknown;
  /** The error of an `error` event (real servers nest it; the published schema puts its fields at the top). */
  error?: unknown;
  /** The flat `error` event of the published schema. */
  message?: unknown;
  code?: unknown;
}

/** An output item (`message`, `reasoning`, `function_call`, `web_search_call`, …). */
export interface OpenAIResponsesItem {
  type?: unknown;
  id?: unknown;
  status?: unknown;
  /** `function_call` / `custom_tool_call`. */
  call_id?: unknown;
  name?: unknown;
  arguments?: unknown;
  input?: unknown;
  /** `message`: output text and refusal entries; `reasoning`: reasoning text entries. */
  content?: unknown;
  /** `message` (gpt-5 codex models): `'commentary'` or `'final_answer'`. */
  phase?: unknown;
  /** `reasoning`. */
  summary?: unknown;
  encrypted_content?: unknown;
  /** `web_search_call`. */
  action?: unknown;
  /** `file_search_call`. */
  queries?: unknown;
  results?: unknown;
  /** `code_interpreter_call`. */
  code?: unknown;
  container_id?: unknown;
  outputs?: unknown;
  /** `image_generation_call`: the base64 image. */
  result?: unknown;
  output_format?: unknown;
  /** `mcp_call`: what the server's tool returned, or why it failed. */
  output?: unknown;
  error?: unknown;
}

/** The response object carried by the lifecycle events. */
export interface OpenAIResponsesResponse {
  id?: unknown;
  model?: unknown;
  created_at?: unknown;
  status?: unknown;
  error?: unknown;
  incomplete_details?: { reason?: unknown } | null;
  usage?: unknown;
  output?: unknown;
}

/** Narrows a wire value to a plain object. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value when it is a non-empty string. */
export const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
