import type { SourcePart } from '../../message';
import { isRecord, nonEmptyString } from './OpenAIResponsesEvent';

/** A source as the `source` stream part carries it. */
export type ResponsesSource = Omit<SourcePart, 'type'>;

const offset = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

/** Copies the fields that are present, so that a source never carries `undefined` keys. */
function source(fields: Record<string, string | number | undefined>, sourceType: SourcePart['sourceType']): ResponsesSource {
  const out: ResponsesSource = { sourceType };
  for (const key in fields) if (fields[key] !== undefined) (out as Record<string, unknown>)[key] = fields[key];
  return out;
}

/**
 * The source part of one output-text annotation, or `undefined` for an annotation that cites nothing
 * (an unknown type, a malformed entry).
 *
 * - `url_citation` (web search) → a `'url'` source with the page's `url`, `title` and the span it backs.
 * - `file_citation` (file search) → a `'document'` source: `id` is the `file_id`. Its single `index` is
 *   the position of the citation in the text, so the span is empty there (`startIndex === endIndex`).
 * - `container_file_citation` (code interpreter files) → a `'document'` source with its span.
 * - `file_path` (a file the code interpreter wrote) → a `'document'` source at its `index`.
 *
 * Offsets are those of the provider: positions in the text of the output-text entry they annotate.
 */
export function readAnnotation(annotation: unknown): ResponsesSource | undefined {
  if (!isRecord(annotation)) return undefined;
  switch (annotation.type) {
    case 'url_citation': {
      const url = nonEmptyString(annotation.url);
      if (url === undefined) return undefined;
      const title = nonEmptyString(annotation.title);
      return source({ url, title, startIndex: offset(annotation.start_index), endIndex: offset(annotation.end_index) }, 'url');
    }
    case 'file_citation':
    case 'file_path': {
      const id = nonEmptyString(annotation.file_id);
      if (id === undefined) return undefined;
      const at = offset(annotation.index);
      const filename = nonEmptyString(annotation.filename);
      return source({ id, filename, title: filename, startIndex: at, endIndex: at }, 'document');
    }
    case 'container_file_citation': {
      const id = nonEmptyString(annotation.file_id);
      if (id === undefined) return undefined;
      const filename = nonEmptyString(annotation.filename);
      return source(
        { id, filename, title: filename, startIndex: offset(annotation.start_index), endIndex: offset(annotation.end_index) },
        'document',
      );
    }
    default:
      return undefined;
  }
}
