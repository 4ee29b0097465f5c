import type { SourcePart } from '../../message';
import { finiteNumber, isRecord, nonEmptyString } from './geminiFields';

type Source = Omit<SourcePart, 'type'>;

/** The source of one grounding chunk: a web page (`web`), or a retrieved document (`retrievedContext`). */
function chunkSource(chunk: unknown): Source | undefined {
  if (!isRecord(chunk)) return undefined;
  const web = isRecord(chunk.web) ? chunk.web : undefined;
  const context = web ?? (isRecord(chunk.retrievedContext) ? chunk.retrievedContext : isRecord(chunk.maps) ? chunk.maps : undefined);
  if (!context) return undefined;
  const url = nonEmptyString(context.uri);
  const title = nonEmptyString(context.title);
  const source: Source = { sourceType: web || url?.startsWith('http') ? 'url' : 'document' };
  if (url !== undefined) source.url = url;
  if (title !== undefined) source.title = title;
  return source;
}

/** UTF-16 offset in `text` of the UTF-8 byte offset `bytes`, counting each code point's encoded length. */
function charOffset(text: string, bytes: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (seen >= bytes) return i;
    const code = text.codePointAt(i)!;
    seen += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (code >= 0x10000) i++;
  }
  return text.length;
}

/**
 * The source parts of a candidate's `groundingMetadata` (Google Search grounding), given the answer
 * text so far. Each `groundingSupports` entry backs a span of the answer with one or more chunks; it
 * becomes one source per chunk it names, with that chunk's page (`url`, `title`) and the span's
 * `citedText`, `startIndex` and `endIndex`. Gemini counts the span in UTF-8 bytes; here it is converted
 * to string offsets in the answer text, found by the span's text where it is there. Chunks no support
 * names follow as plain sources, so no page is lost.
 */
export function groundingAsSources(metadata: unknown, answer: string): Source[] {
  if (!isRecord(metadata) || !Array.isArray(metadata.groundingChunks)) return [];
  const chunks = metadata.groundingChunks.map(chunkSource);
  const cited = new Set<number>();
  const sources: Source[] = [];
  for (const support of Array.isArray(metadata.groundingSupports) ? metadata.groundingSupports : []) {
    if (!isRecord(support) || !Array.isArray(support.groundingChunkIndices)) continue;
    const segment = isRecord(support.segment) ? support.segment : {};
    const citedText = nonEmptyString(segment.text);
    const startBytes = finiteNumber(segment.startIndex) ?? 0;
    const endBytes = finiteNumber(segment.endIndex);
    let startIndex = charOffset(answer, startBytes);
    if (citedText !== undefined) {
      const found = answer.indexOf(citedText, Math.max(0, startIndex - citedText.length));
      if (found !== -1) startIndex = found;
    }
    const endIndex = citedText !== undefined && answer.startsWith(citedText, startIndex) ? startIndex + citedText.length : endBytes === undefined ? undefined : charOffset(answer, endBytes);
    for (const chunkIndex of support.groundingChunkIndices) {
      const chunk = typeof chunkIndex === 'number' ? chunks[chunkIndex] : undefined;
      if (!chunk) continue;
      cited.add(chunkIndex as number);
      const source: Source = { ...chunk };
      if (citedText !== undefined) source.citedText = citedText;
      source.startIndex = startIndex;
      if (endIndex !== undefined) source.endIndex = endIndex;
      sources.push(source);
    }
  }
  chunks.forEach((chunk, index) => {
    if (chunk && !cited.has(index)) sources.push(chunk);
  });
  return sources;
}
