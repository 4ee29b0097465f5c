import { ChatStreamError } from '../../sse/ChatStreamError';

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

/**
 * What the mock's `format` option takes: a format's name, or the protocol object the store is given
 * (`anthropicProtocol`…), whose `name` is the format's; so a test hands the mock the same protocol as the store.
 */
export type MockFormatOption = MockWireFormat | { readonly name: string };

/**
 * The {@link MockWireFormat} of a `format` option; Chat Completions when absent. Throws a `'config'`
 * `ChatStreamError` for a format the kit cannot write.
 */
export function toMockWireFormat(option: MockFormatOption | undefined): MockWireFormat {
  const name = typeof option === 'object' && option !== null ? option.name : (option ?? 'openai-chat');
  if ((MOCK_WIRE_FORMATS as readonly string[]).includes(name)) return name as MockWireFormat;
  // At creation, so a mistyped format fails the test that made it rather than every request.
  throw new ChatStreamError('config', `The mock kit cannot write the format "${String(name)}"; it writes ${MOCK_WIRE_FORMATS.join(', ')}.`);
}
