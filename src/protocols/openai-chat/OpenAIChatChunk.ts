/**
 * The wire shape of one Chat Completions stream frame (`chat.completion.chunk`), as loose as the
 * servers that send it: every field may be missing, `null` or of another type, so the decoder checks
 * each one before use. Only the fields the decoder reads are listed.
 */
export interface OpenAIChatChunk {
  id?: unknown;
  model?: unknown;
  created?: unknown;
  choices?: unknown;
  /** Present on the final frame with `stream_options.include_usage`, or on the finish frame. */
  usage?: unknown;
  /** An in-band error frame: `{"error": {message, type, code, param}}` or `{"error": "…"}`. */
  error?: unknown;
  /** Groq's extension object; its `usage` stands in for a missing top-level `usage`. */
  x_groq?: unknown;
}

/** One entry of `choices`. Azure's content-filter annotations come without `delta`. */
export interface OpenAIChatChoice {
  index?: unknown;
  delta?: OpenAIChatDelta | null;
  finish_reason?: unknown;
}

/** What one frame adds to a choice. */
export interface OpenAIChatDelta {
  /** A string, or (Mistral) an array of typed chunks: `text`, `thinking`, `reference`. */
  content?: unknown;
  refusal?: unknown;
  /** DeepSeek's reasoning field. */
  reasoning_content?: unknown;
  /** Ollama's and OpenRouter's reasoning field. */
  reasoning?: unknown;
  tool_calls?: unknown;
  /** The deprecated single function call that preceded `tool_calls`. */
  function_call?: OpenAIChatFunction | null;
}

/** One entry of `delta.tool_calls`. `index` and `type` are missing on some servers (Mistral). */
export interface OpenAIChatToolCallDelta {
  index?: unknown;
  id?: unknown;
  /** `'function'`, or `'custom'` for a GPT-5 custom (free-form input) tool. */
  type?: unknown;
  function?: OpenAIChatFunction | null;
  /** A custom tool call: its name, and a fragment of its free-text input. */
  custom?: OpenAIChatCustomTool | null;
}

/** A custom tool name and a fragment of its input text. */
export interface OpenAIChatCustomTool {
  name?: unknown;
  input?: unknown;
}

/** A function name and a fragment of its JSON arguments. */
export interface OpenAIChatFunction {
  name?: unknown;
  arguments?: unknown;
}
