import type { ChatPart, FilePart } from '../../message';
import type { OpenAIResponsesInputContent } from './OpenAIResponsesInputItem';

/**
 * A file attachment as a Responses input entry: an image (`image/*`) is an `input_image` with its URL
 * or a `data:` URL built from its base64 `data`; anything else (PDF, text) is an `input_file`, sent by
 * `file_url` when it lives at an `http(s)` address and inline as `file_data` (a `data:` URL, which the
 * API wants with a `filename`) otherwise. A part with neither `url` nor `data` has nothing to send.
 */
export function toFileInput(file: FilePart): OpenAIResponsesInputContent | undefined {
  const url = file.url ?? (file.data !== undefined ? `data:${file.mediaType};base64,${file.data}` : undefined);
  if (url === undefined) return undefined;
  if (file.mediaType.startsWith('image/')) return { type: 'input_image', image_url: url, detail: 'auto' };
  if (url.startsWith('data:')) return { type: 'input_file', filename: file.name ?? 'attachment', file_data: url };
  return { type: 'input_file', file_url: url };
}

/** The content of a user or system message: its text parts as `input_text`, its files as above, in order. */
export function toUserInputContent(parts: readonly ChatPart[]): OpenAIResponsesInputContent[] {
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
