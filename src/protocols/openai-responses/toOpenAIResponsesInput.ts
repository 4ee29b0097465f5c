import { getMessageText, type ChatMessage } from '../../message';
import { appendAssistantItems } from './appendAssistantItems';
import type { OpenAIResponsesInput, OpenAIResponsesInputItem } from './OpenAIResponsesInputItem';
import { toUserInputContent } from './toUserInputContent';

/**
 * Converts the conversation to the `instructions` and `input` of a Responses request.
 *
 * System messages at the start of the conversation become `instructions` (joined by a blank line): that
 * is the field the API documents for them, and it keeps them out of the item list the model sees as the
 * dialogue. A system message later in the conversation stays where it is, as a `system` message item.
 * User messages are `message` items of `input_text`, `input_image` and `input_file` entries; assistant
 * messages become the items `appendAssistantItems` describes (text, encrypted reasoning, function calls
 * and their outputs). Messages with nothing to send are left out.
 */
export function toOpenAIResponsesInput(messages: readonly ChatMessage[]): OpenAIResponsesInput {
  const input: OpenAIResponsesInputItem[] = [];
  const instructions: string[] = [];
  for (const message of messages) {
    switch (message.role) {
      case 'system': {
        const text = getMessageText(message);
        if (text === '') break;
        if (input.length === 0) instructions.push(text);
        else input.push({ type: 'message', role: 'system', content: [{ type: 'input_text', text }] });
        break;
      }
      case 'user': {
        const content = toUserInputContent(message.parts);
        if (content.length > 0) input.push({ type: 'message', role: 'user', content });
        break;
      }
      case 'assistant':
        appendAssistantItems(message.parts, input);
        break;
    }
  }
  return instructions.length > 0 ? { instructions: instructions.join('\n\n'), input } : { input };
}
