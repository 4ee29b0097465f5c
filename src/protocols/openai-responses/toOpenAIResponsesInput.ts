import { getMessageText, type ChatMessage, type ChatPart, type FilePart } from '../../message';
import { fileAsDataUrl, fileAsText } from '../fileContent';
import { appendAssistantItems } from './appendAssistantItems';
import type { OpenAIResponsesInput, OpenAIResponsesInputContent, OpenAIResponsesInputItem } from './OpenAIResponsesInputItem';

/**
 * A file attachment as a Responses input entry: an image (`image/*`) is an `input_image` with its URL
 * or a `data:` URL built from its base64 `data`; a text or JSON file is an `input_text` of its content,
 * headed by its name (as for Chat Completions); anything else (a PDF) is an `input_file`, sent by
 * `file_url` when it lives at an `http(s)` address and inline as `file_data` (a `data:` URL, which the
 * API wants with a `filename`) otherwise. A part with neither `url` nor `data` has nothing to send.
 */
function toFileInput(file: FilePart): OpenAIResponsesInputContent | undefined {
  if (file.url === undefined && file.data === undefined) return undefined;
  const url = fileAsDataUrl(file);
  if (file.mediaType.startsWith('image/')) return { type: 'input_image', image_url: url, detail: 'auto' };
  const text = fileAsText(file);
  if (text !== undefined) return { type: 'input_text', text: file.name ? `${file.name}:\n${text}` : text };
  if (url.startsWith('data:')) return { type: 'input_file', filename: file.name ?? 'attachment', file_data: url };
  return { type: 'input_file', file_url: url };
}

/** The content of a user or system message: its text parts as `input_text`, its files as above, in order. */
function toUserInputContent(parts: readonly ChatPart[]): OpenAIResponsesInputContent[] {
  const content: OpenAIResponsesInputContent[] = [];
  for (const part of parts) {
    if (part.type === 'text') {
      if (part.text !== '') content.push({ type: 'input_text', text: part.text });
    } else if (part.type === 'file') {
      const entry = toFileInput(part);
      if (entry) content.push(entry);
    }
  }
  return content;
}

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
