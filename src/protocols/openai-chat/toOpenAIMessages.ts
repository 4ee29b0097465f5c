import type { ChatMessage, ToolCall } from '../../store/ChatMessage';

/** A tool call of an assistant request message: a function call, or a custom tool call with its input text. */
export type OpenAIChatRequestToolCall =
  | { id: string; type: 'function'; function: { name: string; arguments: string } }
  | { id: string; type: 'custom'; custom: { name: string; input: string } };

/** A message in the shape the OpenAI Chat Completions API takes. */
export type OpenAIChatRequestMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: OpenAIChatRequestToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

// A custom tool's input goes back as the raw text the model wrote, in the shape it arrived in.
const toRequestToolCall = (call: ToolCall): OpenAIChatRequestToolCall =>
  call.type === 'custom'
    ? { id: call.id, type: 'custom', custom: { name: call.name, input: call.argumentsText } }
    : { id: call.id, type: 'function', function: { name: call.name, arguments: call.argumentsText } };

/**
 * Converts the conversation to OpenAI request messages. Assistant messages that failed before saying
 * anything are left out: they carry no content the model should see, and an empty assistant turn is
 * rejected by several servers.
 */
export function toOpenAIMessages(messages: readonly ChatMessage[]): OpenAIChatRequestMessage[] {
  const out: OpenAIChatRequestMessage[] = [];
  for (const message of messages) {
    switch (message.role) {
      case 'system':
      case 'user':
        out.push({ role: message.role, content: message.content });
        break;
      case 'tool':
        out.push({ role: 'tool', tool_call_id: message.toolCallId ?? '', content: message.content });
        break;
      case 'assistant': {
        const calls = message.toolCalls ?? [];
        if (message.content === '' && calls.length === 0) break;
        out.push(
          calls.length === 0
            ? { role: 'assistant', content: message.content }
            : {
                role: 'assistant',
                content: message.content === '' ? null : message.content,
                tool_calls: calls.map(toRequestToolCall),
              },
        );
        break;
      }
    }
  }
  return out;
}
