/**
 * The wire formats the mock kit writes, named like the library's protocols:
 * - `'openai-chat'`: OpenAI Chat Completions (`data: {chat.completion.chunk}`, then `data: [DONE]`);
 * - `'openai-responses'`: OpenAI Responses (`event:` + `data:` per typed event, `sequence_number`, ending
 *   with `response.completed`, `response.incomplete` or `response.failed`);
 * - `'anthropic'`: Anthropic Messages (`message_start`, content blocks, `message_delta`, `message_stop`);
 * - `'gemini'`: Gemini `streamGenerateContent?alt=sse` (CRLF line ends, no terminator: the last chunk carries
 *   `finishReason`);
 * - `'ai-sdk-ui'`: the Vercel AI SDK UI message stream v1 (header `x-vercel-ai-ui-message-stream: v1`,
 *   ending with `data: [DONE]`);
 * - `'ag-ui'`: AG-UI events over SSE (`RUN_STARTED` … `RUN_FINISHED` or `RUN_ERROR`, no terminator).
 */
export type MockWireFormat = 'openai-chat' | 'openai-responses' | 'anthropic' | 'gemini' | 'ai-sdk-ui' | 'ag-ui';

/** Every {@link MockWireFormat}, for a select control or a test that loops over them. */
export const MOCK_WIRE_FORMATS: readonly MockWireFormat[] = ['openai-chat', 'openai-responses', 'anthropic', 'gemini', 'ai-sdk-ui', 'ag-ui'];
