/** A part of a request `Content`, in the shapes this library sends. */
export type GeminiRequestPart =
  | { text: string; thought?: true; thoughtSignature?: string }
  | { inlineData: { mimeType: string; data: string }; thoughtSignature?: string }
  | { fileData: { mimeType: string; fileUri: string } }
  | { functionCall: { id?: string; name: string; args: Record<string, unknown> }; thoughtSignature?: string }
  /** Built-in code execution, sent back as it came. */
  | { executableCode: { language: unknown; code: unknown }; thoughtSignature?: string }
  | { codeExecutionResult: { outcome: unknown; output: unknown } }
  /** A tool's result; `response` holds it under `output`, or under `error` when the tool failed. */
  | { functionResponse: { id?: string; name: string; response: { output: unknown } | { error: unknown } } };

/** One turn of a Gemini request's `contents`: the user's (with function responses), or the model's. */
export interface GeminiContent {
  role: 'user' | 'model';
  parts: GeminiRequestPart[];
}

/** The request's `systemInstruction`. */
export interface GeminiSystemInstruction {
  parts: { text: string }[];
}
