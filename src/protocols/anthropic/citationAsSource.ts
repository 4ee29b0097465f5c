import type { SourcePart } from '../../message';
import type { EmitStreamPart } from '../StreamDecoder';
import type { AnthropicCitation } from './AnthropicStreamEvent';

type Source = Omit<SourcePart, 'type'>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Document citations name the kind of document they point into; the media type follows from it. */
const DOCUMENT_MEDIA_TYPES: Record<string, string | undefined> = {
  char_location: 'text/plain',
  page_location: 'application/pdf',
};

/**
 * The source part of one Anthropic citation, or `undefined` for a value that is not a citation.
 *
 * A `web_search_result_location` (web search, web fetch) is a `'url'` source with its page title; a
 * `search_result_location` (search result blocks the app supplied) is a `'url'` source whose address is
 * the result's `source`. A document citation (`char_location`, `page_location`,
 * `content_block_location`) is a `'document'` source titled by `document_title`. `cited_text` becomes
 * `citedText`. Anthropic's character, page and block indexes point into the cited document, not into
 * the answer, so they do not become `startIndex`/`endIndex` (which are offsets in the answer's text).
 * Unknown citation types still give a source, so a new kind is shown rather than lost.
 */
export function citationAsSource(value: unknown): Source | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const citation = value as AnthropicCitation;
  const type = typeof citation.type === 'string' ? citation.type : '';
  const source: Source =
    type === 'web_search_result_location' || type === 'search_result_location'
      ? { sourceType: 'url' }
      : { sourceType: 'document' };
  const url = text(citation.url) ?? (type === 'search_result_location' ? text(citation.source) : undefined);
  if (url !== undefined) {
    source.sourceType = 'url';
    source.url = url;
  }
  const title = text(citation.title) ?? text(citation.document_title);
  if (title !== undefined) source.title = title;
  const mediaType = DOCUMENT_MEDIA_TYPES[type];
  if (source.sourceType === 'document' && mediaType !== undefined) source.mediaType = mediaType;
  const fileId = text(citation.file_id);
  if (fileId !== undefined) source.id = fileId;
  const cited = text(citation.cited_text);
  if (cited !== undefined) source.citedText = cited;
  return source;
}

/** Emits the source part of a citation; a value that is not a citation emits nothing. */
export function emitCitation(citation: unknown, emit: EmitStreamPart): void {
  const source = citationAsSource(citation);
  if (source !== undefined) emit({ type: 'source', choice: 0, source });
}
