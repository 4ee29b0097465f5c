import type { FilePart } from '../../message';
import { fileAsText, fileBase64 } from '../fileContent';
import type { AnthropicRequestContentBlock, AnthropicRequestSource } from './AnthropicRequestMessage';

/** The image types the Messages API reads. */
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

/** Inline base64 when the part holds its bytes (or a `data:` URL), else its remote URL. */
function sourceOf(file: FilePart): AnthropicRequestSource {
  const data = fileBase64(file);
  if (data !== undefined) return { type: 'base64', media_type: file.mediaType, data };
  return { type: 'url', url: file.url ?? '' };
}

/**
 * The request block of a user's attachment: an `image` block for JPEG, PNG, GIF and WebP, a `document`
 * block for a PDF (base64 or URL source), and a `document` with a plain-text source for text files
 * (`text/*`, JSON), titled with the file name. Any other type is sent as a base64 `document` with its
 * own media type, so that the API's error names the unsupported type instead of the file going missing
 * without a word.
 */
export function toAnthropicFileBlock(file: FilePart): AnthropicRequestContentBlock {
  if (IMAGE_TYPES.has(file.mediaType)) return { type: 'image', source: sourceOf(file) };
  const title = file.name ? { title: file.name } : {};
  const text = file.mediaType === 'application/pdf' ? undefined : fileAsText(file);
  if (text !== undefined) return { type: 'document', source: { type: 'text', media_type: 'text/plain', data: text }, ...title };
  return { type: 'document', source: sourceOf(file), ...title };
}
