import type { ChatMessage } from './ChatMessage';

/** A message in the shape the OpenAI Chat Completions API takes. */
export type OpenAIChatRequestMessage =
  | { role: 'system' | 'user'; content: string }
  | {
      role: 'assistant';
      content: string | null;
      tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
    }
  | { role: 'tool'; tool_call_id: string; content: string };

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
                tool_calls: calls.map((call) => ({
                  id: call.id,
                  type: 'function',
                  function: { name: call.name, arguments: call.argumentsText },
                })),
              },
        );
        break;
      }
    }
  }
  return out;
}
