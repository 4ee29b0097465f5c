/** A content entry of a user or system input message. */
export type OpenAIResponsesInputContent =
  | { type: 'input_text'; text: string }
  | { type: 'input_image'; image_url: string; detail: 'auto' }
  | { type: 'input_file'; filename?: string; file_data?: string; file_url?: string };

/** A content entry of an assistant (output) message sent back. */
export type OpenAIResponsesOutputContent = { type: 'output_text'; text: string } | { type: 'refusal'; refusal: string };

/** One entry of the request's `input` list, in the shapes the Responses API takes. */
export type OpenAIResponsesInputItem =
  | { type: 'message'; role: 'user' | 'system'; content: OpenAIResponsesInputContent[] }
  | { type: 'message'; role: 'assistant'; content: OpenAIResponsesOutputContent[]; phase?: string }
  | {
      type: 'reasoning';
      id?: string;
      summary: { type: 'summary_text'; text: string }[];
      encrypted_content: string;
    }
  | { type: 'function_call'; call_id: string; name: string; arguments: string }
  | { type: 'function_call_output'; call_id: string; output: string }
  | { type: 'custom_tool_call'; call_id: string; name: string; input: string }
  | { type: 'custom_tool_call_output'; call_id: string; output: string };

/** What a conversation becomes in a Responses request. */
export interface OpenAIResponsesInput {
  /** The leading system messages, joined by a blank line; absent when the conversation starts otherwise. */
  instructions?: string;
  /** Everything else, in order. */
  input: OpenAIResponsesInputItem[];
}
