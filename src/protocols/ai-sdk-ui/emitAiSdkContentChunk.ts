import type { FilePart, SourcePart } from '../../message';
import type { EmitStreamPart } from '../StreamDecoder';
import type { AiSdkUiChunk } from './AiSdkUiChunk';
import { nonEmptyString } from './aiSdkUiFields';

const DATA_PREFIX = 'data-';

/**
 * Emits the part of a `source-url`, `source-document`, `file` or `data-<name>` chunk, after
 * `beginPart` (which places the pending step boundary). Any other type is a chunk this version does
 * not know: it is ignored, so that a server on a newer SDK keeps working.
 *
 * Sources keep `sourceId` as `id`; their `providerMetadata` has no place on a source part and is not
 * kept. A `file` chunk's `url` (often a `data:` URL) is the file's URL as it is. A data chunk's `name`
 * is its type without `data-`; with `transient: true` it is marked for the `onData` callback only,
 * and it does not count as content for step boundaries, since it is never stored.
 */
export function emitAiSdkContentChunk(type: string, chunk: AiSdkUiChunk, beginPart: (emit: EmitStreamPart) => void, emit: EmitStreamPart): void {
  if (type.startsWith(DATA_PREFIX)) {
    const name = type.slice(DATA_PREFIX.length);
    const id = nonEmptyString(chunk.id);
    if (chunk.transient === true) {
      emit({ type: 'data', choice: 0, name, ...(id !== undefined ? { id } : {}), data: chunk.data, transient: true });
      return;
    }
    beginPart(emit);
    emit({ type: 'data', choice: 0, name, ...(id !== undefined ? { id } : {}), data: chunk.data });
    return;
  }
  if (type === 'source-url' || type === 'source-document') {
    beginPart(emit);
    emit({ type: 'source', choice: 0, source: sourceOf(type, chunk) });
    return;
  }
  if (type === 'file') {
    const mediaType = nonEmptyString(chunk.mediaType) ?? 'application/octet-stream';
    const file: Omit<FilePart, 'type'> = { mediaType };
    const url = nonEmptyString(chunk.url);
    if (url !== undefined) file.url = url;
    beginPart(emit);
    emit({ type: 'file', choice: 0, file });
  }
}

function sourceOf(type: 'source-url' | 'source-document', chunk: AiSdkUiChunk): Omit<SourcePart, 'type'> {
  const source: Omit<SourcePart, 'type'> = { sourceType: type === 'source-url' ? 'url' : 'document' };
  const id = nonEmptyString(chunk.sourceId);
  if (id !== undefined) source.id = id;
  const url = nonEmptyString(chunk.url);
  if (url !== undefined) source.url = url;
  const title = nonEmptyString(chunk.title);
  if (title !== undefined) source.title = title;
  const mediaType = nonEmptyString(chunk.mediaType);
  if (mediaType !== undefined) source.mediaType = mediaType;
  const filename = nonEmptyString(chunk.filename);
  if (filename !== undefined) source.filename = filename;
  return source;
}
